"""The one router all operations hang on: Ninja serves the methods of one path (GET and POST
on ``/activities``) only when they share a router."""

from ninja import Router

from speelveld.api.auth import BearerToken

router = Router()
TOKEN = BearerToken()  # the auth of every write operation
READ = ["lezen / read"]
WRITE = ["schrijven / write"]
CATALOGUE = ["begrippen en rollen / vocabularies and roles"]
ANALYSIS = ["analyse / analysis"]
