"""What kind of fact a question asks for, and the facts of those kinds a text contains.

A question for a phone number is not answered by a sentence that names the right office but
gives no number, and "hur ofta …" is not answered by a sentence without a frequency. The
engine uses these as features of its decision and of its choice of sentence.

The recognisers state how Swedish and English write such facts — amounts with the currency
before or after, spaces, points or commas as thousands separators, "miljoner/miljarder",
numbers in words, dates with month names, durations, frequencies — and know nothing of any
particular document. `amounts()` also normalises what it finds (value and currency), so
"EUR 4 000 000", "€4,000,000" and "4 miljoner euro" are the same fact.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("phone", "email", "reach", "date", "duration", "frequency", "amount", "cost", "count", "person", "place",
         "list", "definition", "yesno")

# -- numbers ----------------------------------------------------------------------------------
_NUMBER_WORDS = {
    # Swedish
    "noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
    "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
    "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50,
    "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90, "hundra": 100, "tusen": 1000,
    "ett par": 2, "ett dussin": 12, "dussin": 12,
    # English
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "a dozen": 12, "dozen": 12, "a couple": 2,
}
# "en", "ett", "one" are articles far more often than counts; they count only before a unit
# ("en gång per år", "one month") — see _COUNT_WORD.
_ARTICLES = {"en", "ett", "one"}
_WORD_NUMBER = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS if w not in _ARTICLES), key=len, reverse=True))
# 25 000 | 25,000 | 25.000 | 4 000 000 | 26,2 | 1.5 | 12
_DIGITS = r"\d{1,3}(?:(?:[ \u00a0\u202f.,])\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_SCALE = {"miljon": 1e6, "miljoner": 1e6, "miljard": 1e9, "miljarder": 1e9, "million": 1e6, "millions": 1e6,
          "mn": 1e6, "m": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9, "mdr": 1e9, "milj": 1e6,
          "tusen": 1e3, "thousand": 1e3, "k": 1e3, "tkr": 1e3}
_SCALE_RX = r"(?:miljoner|miljon|miljarder|miljard|millions?|billions?|mdr|milj\.?|mn|bn|tusen|thousand|tkr|m|k)"
_CURRENCY = {"kr": "SEK", "kronor": "SEK", "krona": "SEK", "sek": "SEK", ":-": "SEK", "€": "EUR", "eur": "EUR",
             "euro": "EUR", "euros": "EUR", "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "£": "GBP",
             "gbp": "GBP", "pund": "GBP", "pounds": "GBP", "nok": "NOK", "dkk": "DKK", "procent": "%", "%": "%",
             "percent": "%", "per cent": "%", "öre": "SEK/100"}
_CUR_AFTER = r"(?:kronor|krona|kr\b|sek\b|€|euros?\b|eur\b|usd\b|dollars?\b|£|gbp\b|pund\b|pounds\b|nok\b|dkk\b|procent\b|percent\b|per cent\b|%|öre\b|:-)"
_CUR_BEFORE = r"(?:€|\$|£|eur\b|sek\b|usd\b|gbp\b|nok\b|dkk\b|kr\.?)"
_NUM = rf"(?:{_DIGITS}|{_WORD_NUMBER}|en|ett|one|a)"

_AMOUNT_AFTER = re.compile(rf"(?<![\w.,])({_NUM})(?:\s?({_SCALE_RX}))?\.?\s?({_CUR_AFTER})", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(rf"({_CUR_BEFORE})\s?({_DIGITS})(?:\s?({_SCALE_RX})\b)?", re.IGNORECASE)
_FREE = re.compile(
    r"\b(kostar (inget|ingenting|inte något|inte någonting)|är (helt )?gratis|gratis|kostnadsfri(tt|a)?|avgiftsfri(tt|a)?|"
    r"utan kostnad|ingen (avgift|kostnad)|inga (avgifter|kostnader)|tar inte ut någon avgift|free of charge|for free|"
    r"is free|are free|at no (cost|charge)|no (fee|charge|cost)s?|costs? nothing|without charge|free)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    value: float
    currency: str  # "SEK", "EUR", "%", … or "" when not stated
    text: str      # as written


def parse_number(text: str) -> float | None:
    """25 000 / 25,000 / 25.000 / 1 234,5 / 1,234.5 / 26,2 / 1.5 / tolv / twelve → a number."""
    t = " ".join(text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ").split())
    if t in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[t])
    if t == "a":
        return 1.0
    for sep in (" ", ",", "."):  # thousands only: "25 000", "4,000,000", "25.000"
        if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+", t):
            return float(t.replace(sep, ""))
    m = re.fullmatch(r"(\d{1,3}(?:[ .]\d{3})+|\d+),(\d+)", t)  # Swedish decimals: "1 234,5", "26,2"
    if m:
        return float(re.sub(r"[ .]", "", m.group(1)) + "." + m.group(2))
    m = re.fullmatch(r"(\d{1,3}(?:[ ,]\d{3})+|\d+)\.(\d+)", t)  # English decimals: "1,234.5", "1.5"
    if m:
        return float(re.sub(r"[ ,]", "", m.group(1)) + "." + m.group(2))
    return float(t) if t.isdigit() else None


def amounts(text: str) -> list[Amount]:
    """Every amount of money or share in the text, normalised, plus "free of charge" as 0."""
    out: list[Amount] = []
    spans: list[tuple[int, int]] = []
    for m in _AMOUNT_BEFORE.finditer(text):
        cur, num, scale = m.group(1), m.group(2), m.group(3)
        value = parse_number(num)
        if value is None:
            continue
        value *= _SCALE.get((scale or "").lower().rstrip("."), 1)
        out.append(Amount(value, _CURRENCY.get(cur.lower().rstrip("."), cur.upper()), m.group(0)))
        spans.append(m.span())
    for m in _AMOUNT_AFTER.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        num, scale, cur = m.group(1), m.group(2), m.group(3)
        value = parse_number(num)
        if value is None:
            continue
        value *= _SCALE.get((scale or "").lower().rstrip("."), 1)
        out.append(Amount(value, _CURRENCY.get(cur.lower(), cur.upper()), m.group(0)))
    for m in _FREE.finditer(text):
        out.append(Amount(0.0, "", m.group(0)))
    return out


# -- dates, durations, frequencies -------------------------------------------------------------
_MONTHS = (r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
           r"january|february|march|may|june|july|august|october|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec")
_DATE = re.compile(
    rf"\b(\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}(/\d{{2,4}})?|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|"
    rf"\d{{1,2}}(:e|:a|st|nd|rd|th)? ({_MONTHS})\b|({_MONTHS})\.? \d{{1,2}}\b|"
    rf"(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|"
    rf"march|june|july|august|october)\b|(19|20)\d{{2}}\b|vecka \d{{1,2}}|week \d{{1,2}}|"
    rf"(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(ar|s)?|"
    rf"(vår|höst|sommar|vinter)(en|terminen)?|(spring|autumn|summer|winter|fall)\b|"
    rf"kvartal \d|q[1-4]\b|årsskiftet|new year|midsommar|jul(en|ledigheten)?\b|"
    rf"(före|innan|efter|before|after|prior to) (avresa|resan|besöket|start|mötet|the (trip|visit|meeting|start))|in advance|i förväg|"
    rf"löpande|continuously|rolling basis|när som helst|at any time|any time)",
    re.IGNORECASE)
_UNITS = (r"dag(ar|en|s)?|arbetsdag(ar)?|vecka|veckor|veckors|månad(er|en|s)?|år(et|s)?|timm(e|ar)|minut(er)?|"
          r"days?|working days?|weeks?|months?|years?|hours?|minutes?|terminer?|semesters?|nätter|nights?")
_DURATION = re.compile(
    rf"(?<![\w])({_DIGITS}|{_WORD_NUMBER}|en|ett|one|a|an|ett par|några|a few)\s?(-\s?\d+\s)?({_UNITS})\b", re.IGNORECASE)
# "How long is the agreement valid?" is answered by when it ends: "… to 30 June 2028", "t.o.m. 2027"
_UNTIL = re.compile(
    rf"\b(till och med|t\.o\.m\.?|fram till|till|until|through|to)\s+(den\s+)?(\d{{1,2}}(:e)? ({_MONTHS})\b|"
    rf"({_MONTHS})( \d{{1,2}})?,? (19|20)\d{{2}}\b|(19|20)\d{{2}}\b)|\b(löper ut|upphör|expires?|ends on)\b",
    re.IGNORECASE)
_FREQUENCY = re.compile(
    r"\b(varje|var|varannan|vartannat|vart \w+|en gång (per|i|om)|\w+ gånger (per|i|om)|per (år|månad|vecka|dag|termin|kvartal)|"
    r"årlig(en|a|t)?|månatlig(en|a|t)?|månadsvis|kvartalsvis|veckovis|dagligen|halvårsvis|löpande|fortlöpande|"
    r"every|each (year|month|week|quarter|term|semester)|once an?|twice an?|\w+ times an?|per (year|month|week|day|quarter)|"
    r"a year|a month|annual(ly)?|yearly|monthly|quarterly|weekly|daily|biannual(ly)?|continuously|regularly|"
    r"regelbundet|vid behov|as needed|when needed)\b", re.IGNORECASE)
_COUNT_WORD = re.compile(
    rf"(?<![\w.,:/-])(\d+|{_WORD_NUMBER})(?![\w.,:/-]\d)(?!\s?(?:{_CUR_AFTER}))|\b(en|ett|one)\s+(\w+\s)?(av|of)\b",
    re.IGNORECASE)

_PHONE = re.compile(r"(\+?\d[\d \u00a0-]{6,}\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PERSON = re.compile(r"(\bnamn: |\bname: |[\w.+-]+@[\w-]+\.[\w.]+|\b[A-ZÅÄÖ][a-zåäöéü]+ (af |von |de )?[A-ZÅÄÖ][a-zåäöéü]+(-[A-ZÅÄÖ][a-zåäöéü]+)?\b)")
_YESNO = re.compile(r"\b(får|får inte|måste|ska|skall|bör|behöver|krävs|kräver|tillåt\w*|förbjud\w*|inte|ej|aldrig|"
                    r"endast|bara|kan|may|must|shall|should|need|needs|required?|allowed|permitted|not|never|only|"
                    r"can|cannot|can't|prohibited|forbidden|yes|no|ja|nej)\b", re.IGNORECASE)

# A place: a street address, a postcode with its town, or a preposition of place before a name
# ("på Nolhaga slott", "in Brussels") or before a noun for a building or a room ("i stadshuset",
# "på biblioteket", "at the library", "in room 4")
_PLACE = re.compile(
    r"\b[A-ZÅÄÖ][\wåäö]*(gatan|vägen|torget|gränd|gränden|allén|backen|leden|plan)\s\d+|\b\d{3}\s?\d{2}\s[A-ZÅÄÖ]|"
    r"\b\d+\s[A-Z][a-z]+ (Street|Road|Avenue|Square|Lane)\b|"
    r"\b(?i:i|på|vid|hos|utanför|intill|nära|in|at|near|outside|inside)\s+(?i:the\s+)?"
    r"([A-ZÅÄÖ][\wåäö-]+|(?i:\w*(huset|salen|rummet|lokalen|lokalerna|kontoret|torget|hallen|hotellet|skolan|"
    r"biblioteket|kyrkan|gården|parken|museet|stationen|centret|centrum|entrén|receptionen))\b|"
    r"(?i:room|hall|office|library|hotel|school|centre|center|building|venue|station|square|park|museum|"
    r"town hall|city hall|reception|entrance)s?\b)")

_TIME = re.compile(r"\b(kl\.?\s?)?\d{1,2}[.:]\d{2}\b|\b\d{1,2}[.:]\d{2}\s?[–-]\s?\d{1,2}[.:]\d{2}\b", re.IGNORECASE)


def _has_count(text: str) -> bool:
    """A number that counts something: not a date's day or year, a clock time, an amount, a
    phone number or a section number ("24 mars 2026, kl. 18.00" counts nothing)."""
    taken: list[tuple[int, int]] = []
    for rx in (_DATE, _TIME, _PHONE, _AMOUNT_BEFORE, _AMOUNT_AFTER):
        taken += [m.span() for m in rx.finditer(text)]
    for m in _COUNT_WORD.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            return True
    return False


_HAS = {
    "phone": lambda t: bool(_PHONE.search(t)),
    "email": lambda t: bool(_EMAIL.search(t)),
    "reach": lambda t: bool(_PHONE.search(t)) or bool(_EMAIL.search(t)),
    "date": lambda t: bool(_DATE.search(t)) or bool(_DURATION.search(t)),
    "duration": lambda t: bool(_DURATION.search(t)) or bool(_UNTIL.search(t)),
    "frequency": lambda t: bool(_FREQUENCY.search(t)),
    "amount": lambda t: bool(amounts(t)),
    "cost": lambda t: bool(amounts(t)),
    "count": lambda t: _has_count(t),
    "person": lambda t: bool(_PERSON.search(t)),
    "place": lambda t: bool(_PLACE.search(t)),
    "yesno": lambda t: bool(_YESNO.search(t)),
}

# -- what a question asks for --------------------------------------------------------------------
_ASKS = [
    ("phone", r"\b(telefon\w*|tel\.?|telnr|nummer till|phone\w*|call (him|her|them)|ring(a|er)? (till|någon|man|jag|vi)?|"
              r"vilket (tele|mobil)?nummer|för (tele|mobil)?nummer|\w+s nummer|(what|which) number|"
              r"(who|whom) (should|do|can|must) (i|we) call)\b"),
    ("email", r"\b(e-?post\w*|mejl\w*|mail\w*|e-?mail\w*)\b"),
    # how to get hold of someone: a phone number or an e-mail address answers it
    ("reach", r"\b(hur når (jag|vi|man)|hur kontaktar (jag|vi|man)|how (do|can|should) (i|we) (reach|contact|get hold of|get in touch)|"
              r"how (do|can) (i|we) get in touch)\b"),
    ("frequency", r"\b(hur ofta|how often|how frequently|hur många gånger|how many times)\b"),
    ("duration", r"\b(hur länge|hur lång tid|how long|hur långt i förväg|hur långt (innan|före)|hur tidigt|how far in advance|"
                 r"how far ahead|how soon|how early|how much notice|how much time|how quickly|hur snabbt|hur fort|"
                 r"hur lång är|hur långa är|"
                 r"hur många (dagar|veckor|månader|år|timmar)|how many (days|weeks|months|years|hours))\b"),
    ("date", r"\b(när|datum\w*|deadline\w*|sista \w*dag\w*|tidsfrist\w*|senast när|what date|which date|"
             r"due date|by when|until when|untill when|till när|when|what time|vilken tid|hur dags|vilket år|what year|"
             r"which year|vilken dag|which day|"
             r"vilka (vecko)?dagar|which (week)?days|what days|vilken veckodag)\b"),
    ("cost", r"\b(kostar (det|de|den|detta)\b|kostar \w+( \w+)? (något|någonting|nåt|extra)\b|"
             r"(måste|behöver|ska) \w+ betala|is there an? (\w+ )?(fee|charge|cost)|are there (any )?(fees|charges|costs)|"
             r"tar \w+( \w+)? (ut )?betalt|ta(r)? ut (en |någon )?\w*avgift|charges? (us|the|a|for)|"
             r"(is|are) (\w+ ){1,4}free\b|free of charge|(is|are) there any costs?|cost (us|me|them) anything|cost anything|"
             r"är (det|de|den) (gratis|avgiftsfri\w*|kostnadsfri\w*)|"
             r"(does|do|will) (it|this|that|they) cost|is (it|this|that) free|are (they|these) free|"
             r"måste (vi|jag|man) betala|(do|must|should) (we|i) pay|behöver (vi|jag|man) betala|any (fee|charge|cost))"),
    ("amount", r"\b(hur mycket|vad kostar|vad kostade|kosta|hur dyr\w*|how expensive|vad blir|kostnad\w*|belopp\w*|traktamente\w*|ersättning\w*|avgift\w*|"
               r"arvode\w*|självrisk\w*|förskott\w*|pålägg\w*|tjänar|(vad|what) (får|ska|måste|does|do|must|should|will) (\w+ ){1,3}(betala|pay)\b|"
               r"(maximum|max|minimum|högsta|lägsta|total|totala) (\w+ ){0,2}(grant|amount|support|funding|value|sum|cost|costs|"
               r"fee|budget|investment|spend|bidrag\w*|stöd\w*|belopp\w*|summa\w*|värde\w*|kostnad\w*|investering\w*)|"
               r"the max\b|rates?\b|(what|which|smallest|largest|minimum|maximum|a) share\b|share of|"
               r"budget\w*|bidrag\w* (är|på) (som )?(högst|max)|maxbelopp\w*|högsta (belopp|bidrag\w*|ersättning\w*)|"
               r"hur stor\w* (är |blir |var )?(den |det |de )?(\w+s )?\w*(del|andel|bidrag|summa|belopp|ersättning|avgift|kostnad|förskott|"
               r"budget|lön|stöd|anslag|pott|medfinansiering)\w*|hur många procent|"
               r"how much|what does .{1,40} cost|cost\w*|price|fee|fees|per diem|allowance|salary|lön\w*|"
               r"maximum (grant|amount|funding)|max(imum)? amount|what percentage|what share|how large|how big|"
               r"which (rate|percentage)|vilken (procentsats|andel|nivå))\b"),
    ("count", r"\b(hur många|antal\w*|how many|(?<!phone )(?<!telephone )(?<!mobile )(?<!fax )(?<!PIC )(?<!registration )(?<!reference )number of|hur stor\w* (\w+ ){0,2}\w*grupp\w*|hur stor publik|how large a group|max(imalt)? antal)\b"),
    # "vem är …" / "who is …" asks who someone is: a name ("Vem är rektor på kulturskolan?"); "vem
    # beslutar …" / "who approves …" is answered by a role or a body, and so are "who is responsible
    # for …" and "who is allowed to …"
    ("person", r"\b(vad heter|namnet på|what is the name|what's the name|name of|kontaktperson\w*|contact person|"
               r"^(vem|who) (är|var|is|was)\b(?! (allowed|permitted|able|entitled|required|supposed|expected|going|"
               r"responsible|in charge|ansvarig|tillåten|behörig|skyldig)\b)|^who('s| chairs| heads| leads| runs)\b|"
               r"^vem (leder|är ordförande)\b)"),
    # where something is: "where …", "vart …", and "var" first before a verb ("Var ligger …?"; "Var det
    # …?" asks "was it"), a venue, room or address asked for
    ("place", r"^((och|men|så|and|but|so|vet du|do you know)\s+)?(var(?= (ligger|finns|hålls|håller|sker|äger|samlas|"
              r"träffas|träffar|bor|sitter|står|parkerar|kan|ska|skall|får|hittar|hämtar|lämnar|möts|arrangeras|"
              r"genomförs|anordnas|serveras|förvaras|sparas|arkiveras|placeras|sover|äter|övernattar|bokar|går|"
              r"börjar|slutar)\b)|vart)\b|\bwhere\b(?! (?:to find|i can find) (?:the )?(?:form|information|document))|"
              r"\b(i vilken (stad|lokal|sal|kommun|byggnad|ort)|på vilken (plats|adress|skola|ort)|vilken (lokal|ort|plats)\b|"
              r"which (venue|room|city|town|building|hotel|location)|what (venue|location)|besöksadress\w*|"
              r"(vilken|what is the|what's the) (postal |visiting )?address)\b"),
    # plural "which" ("vilka", "which … are", "which networks"), not "vilken/vilket" or "which organisation is"
    ("list", r"\b(vilka|which (\w+ ){0,2}(are|were|do|have)\b|which (\w+ )?\w+s\b|what are the|"
             r"(what|vad) (\w+ ){0,4}(cover|covers|include|includes|contain|contains|täcker|omfattar|innehålla|innehåller|ingår)\b|"
             r"(pay for|be spent on|be used for|användas (till|för))\??$|ge exempel|give (some )?examples|"
             r"what (\w+ ){0,2}(are|do|does) there|lista|list|nämn|name the|vad finns det för|what kinds? of|"
             r"which kinds? of|vilka sorters?|vilka typer)\b"),
    # how something is done: answered by the steps, often a list ("Hur ansöker jag?", "What are the steps …?")
    ("procedure", r"\b(hur (gör|ansöker|söker|anmäler|bokar|beställer|registrerar|begär|rapporterar|redovisar|startar|"
                  r"planerar|föreslår|ordnar|hanterar|räknar|förbereder|organiserar|genomför|tar) (\w+ ){0,2}?(jag|vi|man|en|ni|du|"
                  r"\w+en|\w+na|\w+n)\b|hur går (\w+ ){1,3}till\b|hur går (det|man|vi|jag) tillväga|"
                  r"hur ska (jag|vi|man) (göra|gå tillväga)|(vad|vilka) (ska|måste|bör|behöver) (\w+ ){1,3}(göra|kontrollera|tänka på)|"
                  r"vad gör (jag|vi|man) (om|när|innan|efter)|vilka steg|vad är rutinen|vad är arbetsgången|steg för steg|"
                  r"how (do|does|can|should|would) ([\w']+ ){1,3}(apply|sign up|join|go about|carry out|put together|book|order|"
                  r"register|request|report|get|proceed|arrange|handle|start|plan|propose|organise|organize|prepare|"
                  r"submit|calculate|set up)\b|what( are the| is the|'s the|’s the) (steps|procedure|process|routine)|"
                  r"what (do|does|should|must) ([\w']+ ){1,3}(have to |need to )?do\b|step by step|any tips)"),
    ("definition", r"^(vad är|vad betyder|vad innebär|vad menas med|vad står \S+ för|vad räknas som|what is|what's|what are|"
                   r"what does (\S+ ){1,4}mean|what is meant by|what exactly is meant by|what counts as|define|förklara|explain)\b"),
    ("yesno", r"^((och|men|så|and|but|so)\s+)?(får|måste|kan|ska|skall|behöver|finns|är|gäller|krävs|may|must|can|"
              r"should|do|does|is|are|will|shall|need|needs|am|could|would|has|have|had|did|was|were|might|isn't|"
              r"aren't|doesn't|don't|won't|can't)\b"
              # after a condition: "If my trip is funded by Erasmus+, do I also get per diem?"
              r"|^(if|om)\b[^?]*?,\s*(do|does|can|may|must|is|are|will|would|could|should|får|måste|kan|ska|"
              r"behöver|gäller|blir)\b"
              # a statement, then the question: "…, går det?", "… – is that ok?", "… – can they still come?"
              r"|[,–-]\s*(går det|är det (ok|okej|okay|tillåtet|möjligt|rätt)|is (that|it|this) (ok|okay|allowed|possible|fine)|"
              r"(can|may|must|do|does|is|are|will|could) (i|we|they|he|she|it|you)\b)[^,–-]*\??$"),
]
_ASK_RE = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _ASKS]
# The forms that ask for a quantity; a yes/no question that merely names money ("lön", "budget",
# "avgift") asks whether something is allowed or done, not how much.
_HOW_MUCH = re.compile(r"\b(hur mycket|hur stor\w*|hur hög\w*|hur dyr\w*|hur många procent|vad kostar|vad kostade|vad blir|how much|"
                       r"how large|how big|how high|how expensive|"
                       r"what does .{1,40} cost|what percentage|what share|maxbelopp\w*|högsta (belopp|bidrag\w*)|"
                       r"max(imum)? (grant|amount|funding))\b", re.IGNORECASE)
# A question word that asks for something other than a quantity: a money word after it ("budget",
# "avgift", "fee") names the subject, not the fact asked for.
_OTHER_QUESTION = re.compile(r"^(vem|vilka|när|var|varför|hur(?! (mycket|stor\w*|hög\w*|dyr\w*|många procent))|who|when|where|"
                             r"why|how(?! (much|large|big|high|expensive)))\b", re.IGNORECASE)
# Swedish asks yes or no with the verb first ("Betalar kommunen lön till praktikanterna?", "Räknas
# politikerna in?", "Har Alingsås en ledamot …?"): a first word with a verb's ending (present
# -ar/-er/-r, passive -s, past -ade/-de/-te), or a common verb whose forms do not end so, other than
# the words with such endings that open other sentences. A question known to be Swedish may have a
# question word later ("Räknas politikerna in när man räknar hur många …?").
_SWEDISH_VERB_FIRST = re.compile(
    r"^((och|men|så)\s+)?(?!(under|efter|eller|vidare|sedan|senare|sommar|vinter|hur|när|var|vem|vad|varför|vilk\w+|"
    r"enligt|inför|mellan|utanför|innanför|bakom|ovanför|alla|andra|flera|våra|dessa|deras|hennes|hans|vårt|"
    r"vår|er|era|ens|dess|tills|trots|utom|utan|kvar|mer|mest|fler|flest)\b)"
    r"([a-zåäö]{2,}(ar|er|ir|as|es|ds|ts|ks|ls|ns|ms|gs|vs|ade|ades|de|te|dde|tte)|har|hade|blir|blev|går|gick|ger|gav|"
    r"tar|tog|kommer|kom|vill|ville|brukar|sker|ser|står|drogs|fick|fanns)\b(?![-:])", re.IGNORECASE)
_VERB_FIRST = re.compile(r"^((och|men|så)\s+)?(?!(under|efter|eller|vidare|sedan|senare|sommar|vinter|ideas|areas|"
                         r"developer|answer|consider|register|enter|order|other|after|over|never|either|whether|"
                         r"however|number|paper)\b)[a-zåäö]{2,}(ar|er|as|ades|ade)\b(?![-:])", re.IGNORECASE)
# The question's own word: "vilka" after another question word opens a clause ("Vem bestämmer
# vilka elever som får åka?" asks who, not for a list).
_FIRST_OTHER = re.compile(r"^((och|men|så|and|but|so)\s+)?(vem|när|hur|varför|who|whom|when|how|why)\b", re.IGNORECASE)
# Words a question is asked with; a follow-up without any ("och för frukt?", "and the pocket
# money?") asks what the question before it asked.
_QUESTION_WORD = re.compile(r"\b(vem|vad|när|var|hur|varför|vilk\w+|who|whom|what|when|where|how|why|which)\b", re.IGNORECASE)
# "När/when" asks for a time only as the question's own word — first, or after "och", "since",
# "until", "do you know" …; after another question word it opens a clause ("Vem betalar tolken när
# vänorten har gäster?", "What applies when we host visitors?") and asks for no date.
_WHEN_ASKS = re.compile(r"^((och|and|men|but|så|so|sedan|since|ända sedan|till|until|by|fram till|senast|"
                        r"vet du|do you know|kan du säga|can you tell me)\s+)?(när|when)\b", re.IGNORECASE)
_DATE_WORDS = re.compile(r"\b(datum\w*|deadline\w*|sista \w*dag\w*|tidsfrist\w*|senast när|what date|"
                         r"which date|due date|by when|until when|untill when|till när|what time|vilken tid|hur dags|"
                         r"vilket år|what year|which year|vilken dag|"
                         r"which day|vilka (vecko)?dagar|which (week)?days|what days|vilken veckodag)\b", re.IGNORECASE)


def asked(question: str, language: str | None = None) -> list[str]:
    """The kinds of fact the question asks for, e.g. ["person", "phone"]. `language`: the
    question's, when known ("sv" reads a verb first as a yes/no question more widely)."""
    q = question.strip()
    kinds = [kind for kind, rx in _ASK_RE if rx.search(q)]
    if "yesno" not in kinds and "cost" not in kinds and (
            (_VERB_FIRST.search(q) and not _QUESTION_WORD.search(q))
            or (language == "sv" and _SWEDISH_VERB_FIRST.search(q))):
        kinds.append("yesno")
    if "duration" in kinds or "frequency" in kinds:
        kinds = [k for k in kinds if k != "date"]  # "hur länge …" is not "när …"
    if "cost" in kinds:
        kinds = [k for k in kinds if k != "amount"]
    if "amount" in kinds and not _HOW_MUCH.search(q) and ("yesno" in kinds or _OTHER_QUESTION.search(q)):
        # "Får vi betala lön med bidraget?" asks whether, not how much; "Vem godkänner budgeten?",
        # "Hur lång tid innan deadline vill ekonomen ha budgeten?" ask who and how long
        kinds.remove("amount")
    if "date" in kinds and not (_WHEN_ASKS.search(q) or _DATE_WORDS.search(q)):
        kinds.remove("date")
    if "list" in kinds and _FIRST_OTHER.search(q):
        kinds.remove("list")
    if "definition" in kinds and any(k not in ("list", "definition", "yesno") for k in kinds):
        kinds.remove("definition")  # "what is the e-mail address …" asks for the address, not a definition
    return kinds


def has_question_word(question: str) -> bool:
    """Whether the message is asked with a question word ("vem", "hur", "which" …)."""
    return bool(_QUESTION_WORD.search(question))


def has(kind: str, text: str) -> bool:
    """Does the text contain a fact of this kind? (list/definition/procedure: judged by the engine, not here)"""
    check = _HAS.get(kind)
    return True if check is None else check(text)


def missing(question: str, evidence: str) -> list[str]:
    """Kinds the question asks for that the evidence does not contain."""
    return [kind for kind in asked(question) if kind in _HAS and kind != "yesno" and not has(kind, evidence)]
