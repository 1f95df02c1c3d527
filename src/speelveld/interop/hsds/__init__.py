"""Open Referral HSDS 3.1 in and out, with the Speelveld profile (``docs/hsds-profile.md``).

``hsds_export`` writes one municipality's field; ``hsds_import`` checks a file against the
schema and writes it all or nothing. The ``speelveld import|export hsds`` commands call these.
"""

from speelveld.interop.hsds.export import hsds_document, hsds_export
from speelveld.interop.hsds.importer import hsds_import

__all__ = ["hsds_document", "hsds_export", "hsds_import"]
