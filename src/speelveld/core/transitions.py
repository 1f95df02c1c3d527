"""The one error a refused state change raises, shared by hand-overs and Right to Challenge."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["IllegalTransition", "TransitionParam"]

TransitionParam = str | tuple[str, ...]


class IllegalTransition(ValueError):
    """A state change the rules refuse. ``code`` names the rule (the web layer turns it into a
    translated sentence) and ``params`` fill it in; the core holds no translated text.

    >>> err = IllegalTransition("handover_only_receiver", {"action": "accept"})
    >>> err.code, err.params["action"]
    ('handover_only_receiver', 'accept')
    """

    def __init__(self, code: str, params: Mapping[str, TransitionParam] | None = None) -> None:
        self.code = code
        self.params: dict[str, TransitionParam] = dict(params or {})
        super().__init__(code, self.params)
