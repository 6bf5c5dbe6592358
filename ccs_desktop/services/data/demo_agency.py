"""The demo portfolio's agency: the identity the demo seeds into the agency record (services.agency), as an
administrator would enter it under File > Agency settings. Nothing else in the product names an agency."""

from __future__ import annotations

from typing import Any

# The demo agency's identity (the agency record an administrator keeps under File > Agency settings).
DEMO_AGENCY: dict[str, Any] = {
    "legal_name": "Cascade Collection Services, LLC",
    "trade_name": "Cascade Collection Services",
    "address_lines": ["1200 Harbor Way, Suite 400", "Seattle, WA 98101"],
    "phone": "(800) 555-0142",
    "hours": "Monday to Friday, 8 a.m. to 6 p.m. Pacific",
    "hours_es": "de lunes a viernes, de 8 a.m. a 6 p.m. hora del Pacífico",
    "website": "www.cascadecollects.example",
    "email": "disputes@cascadecollects.example",
    "payment_address_lines": ["PO Box 34120", "Seattle, WA 98124-1120"],
    "licences": {"WA": "CAG-601-234-567", "OR": "CA-8812", "NY": "2034567-DCA", "CA": "CDCA-10442",
                 "TX": "TX-20180077", "ON": "COL-4471102"},
    "time_zone": "America/Los_Angeles",
}
