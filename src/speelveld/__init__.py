"""Speelveld: the playing field of Dutch community building (samenlevingsopbouw) on one screen."""

__version__ = "0.1.0"
