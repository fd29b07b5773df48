"""The test web pages in pages/: what a reader should get from each, and the chrome that must not
reach the index (menus, cookie banners, breadcrumbs, page tools, "last updated" lines, feedback and
related-links boxes, footers). Used by the loader tests and by `python -m bench.web_chrome`."""
from __future__ import annotations

from pathlib import Path

PAGES_DIR = Path(__file__).parent / "pages"

# file -> (title, content phrases a reader must find, chrome phrases that must not be there)
PAGES: dict[str, tuple[str, list[str], list[str]]] = {
    "sv-projektmedel.html": (
        "Internationella projektmedel",
        ["Fonden är på 400 000 kronor per år", "minst en partner i ett annat EU-land",
         "en budget med övrig finansiering", "en plan för hur resultaten sprids",
         "Period: Vårens utlysning; Sista ansökningsdag: 15 februari; Beslut: i mars",
         "Högsta belopp per projekt är 100 000 kronor"],
        ["Gå direkt till innehållet", "Vi använder kakor", "Godkänn alla kakor", "Endast nödvändiga",
         "Kontakta oss", "Other languages", "Sök på webbplatsen", "Barn och utbildning", "Bygga och bo",
         "Startsida", "Kommun och politik", "Lyssna", "Dela", "Skriv ut", "senast uppdaterad",
         "Hjälpte informationen", "Tack för din återkoppling", "Relaterade sidor", "Styrdokument",
         "441 81", "växel", "Tillgänglighetsredogörelse", "personuppgifter", "© Lerbacka"],
    ),
    "sv-vanorter.html": (
        "Vänorter",
        ["Kuusamo i Finland, Stord i Norge och Gdów i Polen",
         "Vänort: Stord; Land: Norge; Sedan: 1956; Inriktning: Kultur och föreningsliv",
         "högst 2 000 kronor per deltagare", "ha minst fem deltagare",
         "senast sex veckor före resan"],
        ["Hoppa till huvudinnehållet", "Kakor på", "Acceptera alla", "Inställningar", "Lättläst",
         "Teckenspråk", "Other languages", "Vad letar du efter", "Omsorg och stöd", "Skola och förskola",
         "Trafik och infrastruktur", "Start", "Kommun och politik", "Internationell policy",
         "Stipendier för unga", "Lyssna", "Dela", "Skriv ut", "uppdaterades senast",
         "Hittade du den information", "Vad kan vi göra bättre", "Se även", "Föreningsbidrag",
         "Kommunhuset", "Kontaktcenter", "Följ oss", "Facebook", "Om webbplatsen", "mobilmeny"],
    ),
    "en-eu-funding.html": (
        "EU funding for local projects",
        ["must first contact the international coordinator",
         "Programme: Interreg North Sea; What it funds: Cooperation between regions around the North Sea; "
         "Typical grant: EUR 1.5 million; Application deadline: 30 April",
         "a signed partnership agreement with every partner", "at least three months"],
        ["Skip to main content", "We use cookies", "Accept all cookies", "Reject optional",
         "Living in Lerbacka", "Business and work", "På svenska", "Home", "Council and democracy",
         "Listen", "Share", "Print", "Page last updated", "Was this page helpful", "Report a problem",
         "Related pages", "Twin towns", "West Sweden partnership", "Facebook", "Switchboard",
         "Accessibility statement", "Privacy"],
    ),
    "en-twin-towns.html": (
        "Twin towns",
        ["renewed by the municipal council in 2019", "Town: Stord; Country: Norway; Since: 1956",
         "a group of twelve young people", "be between 15 and 19 years old",
         "apply through the youth council before 1 April"],
        ["Skip to content", "Living", "Education", "Visit Lerbacka", "Search", "Home", "Council",
         "Your privacy", "stores cookies", "Accept", "Decline", "Listen", "Share", "Print",
         "Last reviewed", "Did you find what you were looking for", "See also", "EU funding for local",
         "International policy", "Follow us", "Phone:", "Accessibility", "arrow-right"],
    ),
}


def page_path(name: str) -> Path:
    return PAGES_DIR / name


def leaks(text: str, chrome: list[str]) -> list[str]:
    """The chrome phrases found in `text` as whole words (case-sensitive: "Dela" is not "delar")."""
    import re

    return [c for c in chrome if re.search(rf"(?<!\w){re.escape(c)}(?!\w)", text)]
