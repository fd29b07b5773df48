"""Write the Word and PDF documents of the tune part of the evaluation corpus.

FICTIONAL TEST CONTENT: the texts are written for the evaluation corpus. They are modelled on
real municipal documents, but the people, amounts, dates and rules are invented or simplified.

    cd /work/main && .venv/bin/python tests/eval/corpus/tune/make_docs.py

writes three .docx and three .pdf files into tests/eval/corpus/tune/knowledge/.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "knowledge"

# Block kinds: ("title", text), ("h1"|"h2"|"h3", text), ("p", text), ("bullets", [items]),
# ("numbered", [items]), ("table", [header, row, ...]), ("note", text) = small print,
# ("pagebreak", None) = PDF only.

# ---------------------------------------------------------------------------------------------
# 1. Erasmus+ för skola och vuxenutbildning (Swedish, .docx)
# ---------------------------------------------------------------------------------------------
ERASMUS_SKOLA = [
    ("title", "Erasmus+ för skola och vuxenutbildning"),
    ("p", "Vägledning för förskolor, grundskolor, gymnasieskolor och vuxenutbildningen i Alingsås kommun. "
          "Framtagen av barn- och ungdomsförvaltningen tillsammans med vuxenutbildningen. Version januari 2026."),
    ("h1", "Inledning"),
    ("p", "Erasmus+ är EU:s program för utbildning, ungdom och idrott. Den nuvarande programperioden pågår "
          "2021–2027 och programmet har en total budget på 26,2 miljarder euro. Erasmus+ ger skolor och "
          "vuxenutbildning möjlighet att skicka personal och elever till andra europeiska länder för att lära, "
          "och att samarbeta med skolor i andra länder kring gemensamma utvecklingsfrågor."),
    ("p", "I Sverige är det Universitets- och högskolerådet (UHR) som handlägger Erasmus+ för förskola, skola "
          "och vuxenutbildning. Erasmus+ Ungdom, som gäller ungdomsutbyten och fritidsverksamhet, handläggs av "
          "en annan myndighet och beskrivs i en separat vägledning för ungdomsverksamheten."),
    ("p", "Vägledningen beskriver hur Alingsås kommun arbetar med Erasmus+: vilka möjligheter som finns, hur "
          "kommunens ackrediteringar fungerar, vem som gör vad, vilka bidrag som kan sökas och vilka datum som "
          "gäller för 2026. Den riktar sig i första hand till rektorer och till de lärare som är Erasmusansvariga "
          "på sina skolor."),
    ("h2", "Alingsås och Erasmus+"),
    ("p", "Skolor i Alingsås har deltagit i EU:s utbildningsprogram sedan slutet av 1990-talet, först genom "
          "Comenius och Grundtvig och sedan 2014 genom Erasmus+. Under de första åren sökte varje skola på egen "
          "hand, vilket gjorde att erfarenheterna stannade hos ett fåtal eldsjälar. Sedan kommunen fick sin "
          "konsortieackreditering har arbetet blivit mer jämnt fördelat mellan skolorna, och fler elever med "
          "färre möjligheter har fått resa."),
    ("h1", "Vad kan man göra med Erasmus+?"),
    ("p", "För skola och vuxenutbildning finns två huvudsakliga typer av insatser:"),
    ("bullets", [
        "Nyckelaktivitet 1 (KA1), mobilitet: personal och elever reser till ett annat land för att lära sig "
        "något som de tar med sig hem till den egna verksamheten.",
        "Nyckelaktivitet 2 (KA2), partnerskap: skolor i flera länder samarbetar i ett projekt kring en gemensam "
        "fråga, till exempel läsförståelse, inkludering eller hållbar utveckling.",
    ]),
    ("p", "Den här vägledningen handlar främst om mobilitet inom KA1, eftersom det är där kommunen har sina "
          "ackrediteringar. Den som vill starta ett partnerskap inom KA2 bör kontakta kommunens EU-projektstrateg."),
    ("h2", "Mobilitet för personal"),
    ("p", "Personal kan delta i tre typer av aktiviteter:"),
    ("bullets", [
        "jobbskuggning på en skola eller en annan organisation, 2–60 dagar",
        "undervisningsuppdrag på en partnerskola, 2–365 dagar",
        "kurser och utbildningar, 2–30 dagar",
    ]),
    ("p", "All personal som arbetar i skolan kan delta, inte bara lärare. Även rektorer, elevhälsans personal, "
          "fritidspedagoger, studie- och yrkesvägledare och administrativ personal kan resa. Förskolebarn kan "
          "inte delta i mobilitet, men förskolans personal kan."),
    ("h2", "Mobilitet för elever"),
    ("p", "Elever i grundskola, gymnasieskola och vuxenutbildning kan delta i"),
    ("bullets", [
        "gruppmobilitet, där en grupp elever reser tillsammans med lärare, 2–30 dagar",
        "kortare individuell mobilitet för lärande, 10–29 dagar",
        "längre individuell mobilitet för lärande, 30–365 dagar",
    ]),
    ("p", "En gruppmobilitet ska omfatta minst två elever. Antalet medföljande vuxna bestäms enligt kommunens "
          "säkerhetsrutin för resor med elever utomlands. Individuell mobilitet för elever förutsätter att den "
          "mottagande skolan har utsett en mentor för eleven."),
    ("h1", "Erasmusackreditering"),
    ("p", "En Erasmusackreditering fungerar som ett medlemskap i Erasmus+ och gäller under resten av "
          "programperioden, fram till 2027. Med en ackreditering får organisationen ett förenklat sätt att söka "
          "pengar: i stället för att skriva en fullständig projektansökan varje gång ansöker man om en årlig "
          "budget utifrån en godkänd Erasmusplan."),
    ("p", "Alingsås kommun har två ackrediteringar:"),
    ("bullets", [
        "Barn- och ungdomsförvaltningen är sedan 2022 ackrediterad som samordnare för ett konsortium av "
        "kommunens skolor.",
        "Vuxenutbildningen har sedan 2023 en egen ackreditering för vuxenutbildning.",
    ]),
    ("h2", "Konsortiet"),
    ("p", "Ett konsortium är en grupp organisationer som söker och genomför mobilitet tillsammans under en "
          "samordnare. I Alingsås konsortium ingår i dag nio grundskolor och två gymnasieskolor. "
          "Barn- och ungdomsförvaltningen är samordnare och sköter ansökan, avtalet med UHR och rapporteringen."),
    ("p", "En skola som vill gå med i konsortiet gör en intresseanmälan till kommunens Erasmus+-samordnare. "
          "Skolan ska ha en plan för hur mobiliteterna ska bidra till skolans utvecklingsarbete, och rektorn ska "
          "ha godkänt planen. Nya skolor tas in en gång per år, inför den årliga budgetansökan."),
    ("p", "Fristående skolor i Alingsås kan inte ingå i kommunens konsortium. De kan i stället söka en egen "
          "ackreditering eller korta projekt."),
    ("h2", "Erasmusplanen"),
    ("p", "Erasmusplanen är den del av ackrediteringen där organisationen beskriver sina mål för "
          "internationaliseringen, hur mobiliteterna ska bidra till målen och hur resultaten ska följas upp. "
          "Konsortiets Erasmusplan för 2022–2027 har tre mål: att stärka elevernas språkkunskaper, att utveckla "
          "undervisningen för elever i behov av särskilt stöd och att arbeta mer med hållbar utveckling i alla "
          "ämnen."),
    ("p", "Planen följs upp varje år i samband med budgetansökan. UHR kan begära att planen revideras om "
          "mobiliteterna inte bidrar till målen eller om organisationen inte följer programmets "
          "kvalitetsstandarder."),
    ("h2", "Kvalitetsstandarder"),
    ("p", "Alla organisationer med en Erasmusackreditering ska följa programmets kvalitetsstandarder. Det "
          "innebär bland annat att"),
    ("bullets", [
        "deltagarna väljs ut på ett rättvist och öppet sätt, med tydliga kriterier som är kända i förväg",
        "deltagare med färre möjligheter ska ges möjlighet att delta",
        "miljövänliga resor ska användas när det är möjligt",
        "deltagarnas lärande ska dokumenteras och erkännas, till exempel med Europass",
        "resultaten ska spridas inom organisationen och till andra skolor",
    ]),
    ("h2", "Att söka en ny ackreditering"),
    ("p", "Ackreditering kan sökas en gång per år. Nästa ansökningsomgång stänger den 21 oktober 2026 klockan "
          "12.00 svensk tid, och besked lämnas normalt i februari året efter. En skola som saknar erfarenhet av "
          "Erasmus+ rekommenderas att först genomföra ett eller två korta projekt innan den söker ackreditering."),
    ("h1", "Korta projekt"),
    ("p", "Skolor som inte är ackrediterade och inte ingår i konsortiet kan söka korta projekt för mobilitet. "
          "Ett kort projekt pågår i 6–18 månader och kan omfatta högst 30 deltagare, medföljande personer "
          "oräknade. En organisation kan genomföra högst tre korta projekt under en period av fem år."),
    ("p", "Ansökan om korta projekt för 2026 ska lämnas till UHR senast den 19 februari 2026 klockan 12.00. "
          "Samma datum gäller för konsortiets och vuxenutbildningens ansökningar om årlig budget."),
    ("h1", "Bidrag och schablonbelopp"),
    ("p", "Erasmus+ ersätter inte de faktiska kostnaderna för en mobilitet utan betalar schablonbelopp per "
          "deltagare. Beloppen fastställs av Europeiska kommissionen och UHR. Beloppen nedan gäller "
          "ansökningsomgång 2026 och är avrundade; de exakta beloppen finns i programhandledningen."),
    ("h2", "Resebidrag"),
    ("p", "Resebidraget beror på avståndet mellan hemorten och destinationen, räknat fågelvägen med EU:s "
          "avståndsberäknare."),
    ("table", [
        ["Avstånd", "Resebidrag per deltagare", "Med grönt resande"],
        ["10–99 km", "28 euro", "56 euro"],
        ["100–499 km", "211 euro", "285 euro"],
        ["500–1 999 km", "309 euro", "417 euro"],
        ["2 000–2 999 km", "395 euro", "535 euro"],
        ["3 000–3 999 km", "580 euro", "785 euro"],
    ]),
    ("p", "Grönt resande innebär att deltagaren reser med tåg, buss eller samåkning i stället för flyg under "
          "större delen av resan. Utöver det högre resebidraget kan deltagaren då få individuellt stöd för upp "
          "till fyra extra resdagar."),
    ("h2", "Individuellt stöd"),
    ("p", "Det individuella stödet ska täcka mat, logi och lokala resor under vistelsen. Beloppet per dag beror "
          "på vilken ländergrupp destinationen tillhör."),
    ("table", [
        ["Ländergrupp", "Exempel på länder", "Personal per dag", "Elever per dag"],
        ["Grupp 1", "Danmark, Finland, Island, Irland, Luxemburg, Norge", "126 euro", "88 euro"],
        ["Grupp 2", "Belgien, Frankrike, Italien, Nederländerna, Spanien, Tyskland", "112 euro", "78 euro"],
        ["Grupp 3", "Estland, Lettland, Litauen, Polen, Portugal, Ungern", "98 euro", "69 euro"],
    ]),
    ("p", "Från och med den 15:e dagen betalas 70 procent av dagbeloppet. För medföljande personal gäller "
          "personalens belopp."),
    ("p", "I Alingsås betalas det individuella stödet ut enligt respektive skolas rutin: antingen som ett "
          "förskott till deltagaren före resan eller genom att skolan själv betalar boende och måltider."),
    ("h2", "Organisationsstöd"),
    ("p", "Organisationsstödet betalas till den organisation som skickar deltagarna och ska täcka kostnader för "
          "förberedelser, uppföljning och administration. Stödet är 100 euro per deltagare i en mobilitet. "
          "I konsortiet behåller barn- och ungdomsförvaltningen 20 procent av organisationsstödet för "
          "samordningen, och resten fördelas till skolorna."),
    ("h2", "Kursavgifter"),
    ("p", "För personal som går en kurs kan kursavgiften ersättas med 80 euro per dag, dock högst 800 euro per "
          "deltagare och projekt. Kurser ska väljas i samråd med rektorn och ha koppling till skolans "
          "Erasmusplan. Kurser som främst är turism, till exempel rundresor med kortare skolbesök, godkänns inte."),
    ("h2", "Inkluderingsstöd och särskilda kostnader"),
    ("p", "Deltagare med färre möjligheter, till exempel elever med funktionsnedsättning eller elever som av "
          "ekonomiska skäl annars inte skulle kunna delta, ger rätt till inkluderingsstöd. Organisationen får "
          "100 euro per sådan deltagare, och därutöver kan faktiska merkostnader ersättas, till exempel för en "
          "personlig assistent eller anpassat boende."),
    ("p", "Höga resekostnader, till exempel när det inte finns något rimligt alternativ till en dyr resa, kan "
          "ersättas som särskilda kostnader med upp till 80 procent av de faktiska kostnaderna."),
    ("h2", "Förberedande besök"),
    ("p", "Inför en längre elevmobilitet eller ett första samarbete kan skolan göra ett förberedande besök hos "
          "den mottagande skolan. Ett förberedande besök ersätts som en vanlig personalmobilitet, och högst tre "
          "personer från skolan får delta."),
    ("h1", "Partnerskap inom KA2"),
    ("p", "Utöver mobilitet kan skolor samarbeta i partnerskap. Det finns två typer av partnerskap för skola och "
          "vuxenutbildning:"),
    ("bullets", [
        "Småskaliga partnerskap (KA210) för organisationer med liten erfarenhet. Projektet pågår i 6–24 månader, "
        "omfattar minst två organisationer från två länder och får en klumpsumma på 30 000 eller 60 000 euro.",
        "Samarbetspartnerskap (KA220) för större projekt. Projektet pågår i 12–36 månader, omfattar minst tre "
        "organisationer från tre länder och får en klumpsumma på 120 000, 250 000 eller 400 000 euro.",
    ]),
    ("p", "Kommunens skolor har hittills bara deltagit i småskaliga partnerskap. En skola som vill söka ett "
          "samarbetspartnerskap ska kontakta EU-projektstrategen minst sex månader före sista ansökningsdag, "
          "eftersom ansökan är omfattande."),
    ("h2", "Att hitta partner"),
    ("p", "eTwinning är en kostnadsfri plattform där skolpersonal i hela Europa kan hitta partner och genomföra "
          "digitala samarbeten mellan klasser. eTwinning ingår i Europeiska plattformen för skolutbildning, där "
          "det också finns kurser och mobilitetserbjudanden. Kommunens vänorter är ett annat bra sätt att hitta "
          "partner; flera skolor i Lohja och Valmiera har tidigare tagit emot lärare från Alingsås."),
    ("h1", "Att ta emot gäster från andra länder"),
    ("p", "Skolorna i konsortiet tar också emot lärare och elever från andra länder. Den mottagande skolan får "
          "inget bidrag från Erasmus+ för att ta emot gäster, men mottagandet räknas som en del av skolans "
          "internationalisering och kan nämnas i uppföljningen av Erasmusplanen."),
    ("p", "Gästerna ska få ett program i förväg och en kontaktperson på skolan. Gästande lärare får inte ensamma "
          "ansvara för en elevgrupp, och gäster som vistas på skolan mer än en dag ska skriva under en "
          "sekretessförbindelse."),
    ("h1", "Vem gör vad?"),
    ("h2", "Erasmus+-samordnaren"),
    ("p", "Kommunens Erasmus+-samordnare finns på barn- och ungdomsförvaltningen och är kontaktperson "
          "gentemot UHR för konsortiet. Samordnaren sammanställer den årliga budgetansökan, fördelar budgeten "
          "mellan skolorna, samlar in rapporter och utbildar skolornas Erasmusansvariga."),
    ("h2", "Rektor"),
    ("p", "Rektor beslutar vilka medarbetare och elever från skolan som ska delta i en mobilitet och ansvarar "
          "för att deltagarna förbereds. Rektorn utser också en Erasmusansvarig lärare på skolan."),
    ("h2", "Förvaltningschefen"),
    ("p", "Förvaltningschefen för barn- och ungdomsförvaltningen undertecknar konsortiets ansökningar och "
          "avtalet med UHR med stöd av delegation från barn- och ungdomsnämnden. För vuxenutbildningens "
          "ackreditering undertecknar verksamhetschefen för vuxenutbildningen."),
    ("h2", "Projektekonomen"),
    ("p", "Ekonomiavdelningens projektekonom bokför bidraget på ett eget projektnummer per skola och tar fram "
          "det ekonomiska underlaget till slutrapporten."),
    ("h1", "Tidsplan 2026"),
    ("p", "Tabellen visar de viktigaste datumen för konsortiet och för skolor som söker på egen hand."),
    ("table", [
        ["Datum", "Vad händer", "Ansvarig"],
        ["15 december 2025", "Sista dag för skolor att anmäla intresse för konsortiets mobiliteter 2026", "Rektor"],
        ["30 januari 2026", "Skolornas planerade mobiliteter lämnas till Erasmus+-samordnaren", "Erasmusansvarig lärare"],
        ["19 februari 2026 kl. 12.00", "Sista dag för ansökan om årlig budget och korta projekt till UHR", "Erasmus+-samordnaren"],
        ["Juni 2026", "Besked från UHR om beviljade medel", "UHR"],
        ["1 september 2026", "Start för 2026 års projekt", "Skolorna"],
        ["21 oktober 2026 kl. 12.00", "Sista dag för ansökan om ny ackreditering", "Sökande skola"],
    ]),
    ("h1", "Före, under och efter mobiliteten"),
    ("h2", "Före resan"),
    ("numbered", [
        "Rektor godkänner deltagandet.",
        "Deltagaren och den mottagande organisationen kommer överens om innehållet i ett lärandeavtal.",
        "Resan bokas via kommunens resebyrå. För gruppresor med elever ska Erasmus+-samordnaren kontaktas "
        "före bokningen.",
        "Deltagarna förbereds språkligt och kulturellt. Alla deltagare har kostnadsfri tillgång till EU:s "
        "språkstöd på nätet.",
        "För elever under 18 år ska vårdnadshavare ge skriftligt medgivande.",
    ]),
    ("h2", "Försäkring"),
    ("p", "Personal som reser inom Erasmus+ omfattas av kommunens tjänstereseförsäkring. Elever omfattas av "
          "kommunens kollektiva olycksfallsförsäkring och av en särskild reseförsäkring för elever som skolan "
          "beställer via Kammarkollegiet. Alla deltagare ska dessutom ha med sig det europeiska "
          "sjukförsäkringskortet."),
    ("h2", "Efter resan"),
    ("p", "Varje deltagare fyller i en deltagarrapport i EU:s rapporteringssystem. Rapporten ska lämnas senast "
          "30 dagar efter hemkomsten, och den sista delen av det individuella stödet betalas inte ut förrän "
          "rapporten har lämnats."),
    ("p", "Skolan sprider erfarenheterna, till exempel på en arbetsplatsträff eller i kommunens nätverk för "
          "Erasmusansvariga, som träffas fyra gånger per år."),
    ("h1", "Exempel från kommunens skolor"),
    ("p", "Under läsåret 2024/25 jobbskuggade sex lärare från Kvarnbacksskolan på en skola i Valencia för att "
          "lära sig mer om språkutvecklande arbetssätt. Efter hemkomsten införde skolan gemensamma lässtrategier "
          "i alla ämnen i årskurs 4–6."),
    ("p", "En grupp på tolv gymnasieelever från vård- och omsorgsprogrammet gjorde sin praktik under tre veckor "
          "på ett äldreboende i Tammerfors tillsammans med två lärare. Eleverna fick sitt lärande dokumenterat "
          "med Europass."),
    ("p", "Vuxenutbildningen har använt sin ackreditering för att låta lärare i svenska för invandrare gå kurser "
          "om digitala verktyg i Malta och Portugal."),
    ("h1", "Frågor och svar"),
    ("p", "Kan en lärare som är föräldraledig på deltid delta i en mobilitet? Ja, om mobiliteten sker under "
          "den tid läraren arbetar och rektor godkänner det."),
    ("p", "Får man ta med egna barn på en personalmobilitet? Nej, inte som deltagare. Erasmus+ betalar bara för "
          "deltagare och medföljande personal, och mobiliteten ska genomföras som arbete."),
    ("p", "Kan elever som har fyllt 18 år resa ensamma? Ja, elever som har fyllt 18 år kan delta i individuell "
          "mobilitet utan medföljande lärare, men skolan ska ha en kontaktperson som nås dygnet runt under "
          "vistelsen."),
    ("p", "Vad händer om en mobilitet ställs in? Kostnader som redan har uppstått kan i vissa fall ersättas om "
          "inställningen beror på omständigheter utanför deltagarens kontroll, till exempel sjukdom. Kontakta "
          "Erasmus+-samordnaren direkt."),
    ("h1", "Vanliga misstag"),
    ("bullets", [
        "att planera resor som saknar koppling till skolans Erasmusplan",
        "att boka resor innan budgeten har beviljats",
        "att glömma deltagarrapporterna, vilket kan leda till att bidraget minskas",
        "att inte spara underlag, till exempel intyg om närvaro från den mottagande organisationen",
    ]),
    ("h1", "Kontakt"),
    ("p", "Erasmus+-samordnare för skolorna är Ahmed Rahimi på barn- och ungdomsförvaltningen. Kontaktperson "
          "för vuxenutbildningen är Lena Björk. Kontaktuppgifter finns i kommunens kontaktförteckning för det "
          "internationella nätverket."),
]

# ---------------------------------------------------------------------------------------------
# 2. Erasmus+ Youth (English, .docx)
# ---------------------------------------------------------------------------------------------
ERASMUS_YOUTH = [
    ("title", "Erasmus+ Youth in Alingsås"),
    ("p", "Youth exchanges, youth participation and volunteering. A guide for youth workers, leisure centre "
          "staff and youth associations. Culture and Leisure Department, Alingsås municipality, January 2026."),
    ("h1", "Introduction"),
    ("p", "Erasmus+ Youth gives young people and youth workers the opportunity to meet, learn and work together "
          "across borders. In Sweden the youth part of Erasmus+ and the European Solidarity Corps are managed by "
          "the Swedish Agency for Youth and Civil Society (MUCF), which is the national agency. Applications are "
          "submitted to MUCF, not to the Swedish Council for Higher Education, which handles Erasmus+ for schools "
          "and adult education."),
    ("p", "In Alingsås the youth coordinator at the Culture and Leisure Department coordinates all Erasmus+ Youth "
          "activities organised by the municipality. The youth coordinator also supports local associations that "
          "want to apply on their own, for example by reading drafts and helping them find partners."),
    ("h2", "Why youth exchanges?"),
    ("p", "For many young people in Alingsås, a youth exchange is the first trip abroad without their family. "
          "Evaluations show that participants gain self-confidence, language skills and a better understanding "
          "of other cultures, and that many of them become more active in their local community afterwards. "
          "Youth exchanges are therefore an important part of the municipality's work for young people, not "
          "only of its international work."),
    ("h1", "What is a youth exchange?"),
    ("p", "A youth exchange is a meeting between groups of young people from at least two countries who live "
          "together for a period and carry out a programme of activities that they have planned themselves, such "
          "as workshops, discussions, outdoor activities and role play. Youth exchanges are non-formal learning: "
          "there are no teachers and no grades, and the young people are responsible for much of the content."),
    ("h2", "Who can take part?"),
    ("bullets", [
        "Participants must be aged 13 to 30 and live in the countries of the sending organisations.",
        "Group leaders must be at least 18 years old.",
        "Each national group must have at least four participants, not counting the group leaders.",
        "A youth exchange has at least 16 and at most 60 participants in total, group leaders not included.",
    ]),
    ("h2", "How long does an exchange last?"),
    ("p", "The activity itself lasts 5 to 21 days, not counting travel days. The whole project, including "
          "preparation and follow-up, may last from 3 to 24 months."),
    ("h2", "Young people with fewer opportunities"),
    ("p", "Erasmus+ gives priority to young people with fewer opportunities. At least one third of the Alingsås "
          "participants in a youth exchange hosted by the municipality should be young people who would not "
          "otherwise be able to travel, for example because of their family's finances, a disability or because "
          "they have recently arrived in Sweden."),
    ("h2", "Youthpass"),
    ("p", "Youthpass is a European certificate that documents what a participant has learned in Erasmus+ Youth or "
          "the European Solidarity Corps. It is issued at the end of the activity and is based on the eight key "
          "competences for lifelong learning. Every participant in a youth exchange has the right to a Youthpass, "
          "and the organisation must offer it even if the participant does not ask for it."),
    ("h2", "Accreditation in the youth field"),
    ("p", "The Culture and Leisure Department does not have an Erasmus accreditation in the youth field. Each "
          "youth exchange is therefore applied for separately. The department will consider applying for an "
          "accreditation when it has carried out at least three youth exchanges of its own."),
    ("h1", "Other activities"),
    ("h2", "Youth participation activities"),
    ("p", "Youth participation activities let young people influence decisions in their community, for example "
          "through a youth council project, a campaign or dialogue meetings with politicians. They can be local "
          "and do not require an international partner. A youth participation project lasts 3 to 24 months, and "
          "the grant is at most €60,000."),
    ("h2", "Mobility of youth workers"),
    ("p", "Youth workers and leisure centre staff can take part in training courses, study visits and networking "
          "events abroad. There is no age limit for youth workers. An activity lasts 2 to 60 days, not counting "
          "travel days."),
    ("h2", "DiscoverEU"),
    ("p", "DiscoverEU gives 18-year-olds the chance to travel around Europe, mainly by train, for up to 30 days. "
          "The travel pass is free of charge for those who are selected. There are two application rounds a year, "
          "usually in the spring and in the autumn, and young people apply themselves on the European Youth Portal. "
          "The municipality does not apply on their behalf, but the youth coordinator holds information evenings "
          "before each round."),
    ("h2", "European Solidarity Corps"),
    ("p", "Through the European Solidarity Corps, young people aged 18 to 30 can volunteer in another country for "
          "2 to 12 months. Organisations need a Quality Label to host or send volunteers. The Culture and Leisure "
          "Department has held a Quality Label for hosting volunteers since 2024 and normally hosts two volunteers "
          "a year at the youth centre."),
    ("h1", "Grants"),
    ("p", "Youth exchanges are funded with unit costs, which means that the grant is calculated per participant "
          "and per day rather than on actual costs. The main grant items are:"),
    ("bullets", [
        "Travel: a unit cost per participant based on the travel distance, with a higher amount for green travel.",
        "Organisational support: €60 per participant per day of activity, paid to the hosting organisation, "
        "which shares it with the partners according to their agreement.",
        "Inclusion support: €100 per participant with fewer opportunities, plus actual extra costs.",
        "Preparatory visit: €680 per participant, for at most two participants from each group.",
        "Exceptional costs: visas, residence permits and vaccinations are reimbursed at 100 per cent of the "
        "eligible costs.",
    ]),
    ("p", "The grant does not cover everything. The Culture and Leisure Committee sets aside SEK 80,000 per year "
          "for costs of youth exchanges that the Erasmus+ grant does not cover, for example an extra leader or "
          "activities that are not eligible. Applications for this money are made to the youth coordinator."),
    ("p", "Participants from Alingsås pay a participant fee of at most SEK 500 per exchange. The fee can be waived "
          "for young people whose families cannot afford it. The youth coordinator decides on waivers, and no one "
          "should be left out because of the fee."),
    ("h1", "Deadlines 2026"),
    ("p", "MUCF has two application rounds for youth exchanges in 2026:"),
    ("bullets", [
        "19 February 2026 at 12.00 (Brussels time), for projects starting between 1 June and 31 December 2026",
        "1 October 2026 at 12.00 (Brussels time), for projects starting between 1 January and 31 May 2027",
    ]),
    ("p", "Because the applications are signed by the head of the Culture and Leisure Department, the internal "
          "deadlines are earlier. A complete draft must be sent to the youth coordinator by 15 January 2026 for "
          "the February round and by 1 September 2026 for the October round."),
    ("h1", "Planning a youth exchange step by step"),
    ("numbered", [
        "Talk to the youth coordinator and agree on a theme with the young people. The young people should "
        "take part in the planning from the start.",
        "Find partners, for example through existing contacts, the twin towns or the European Youth Portal.",
        "Write the application together with the partners. Use the activity programme to show what the "
        "participants will do each day.",
        "Send the draft to the youth coordinator by the internal deadline.",
        "The head of the Culture and Leisure Department signs the application, which is then submitted to MUCF.",
        "When the grant is approved, sign the grant agreement, collect the consent forms and make a risk "
        "assessment.",
        "Carry out the exchange and give every participant a Youthpass certificate.",
        "Submit the final report to MUCF within 60 days after the end of the project.",
    ]),
    ("h1", "Partners and agreements"),
    ("p", "Partners can be found through existing contacts, through the twin towns or through the partner search "
          "database of the SALTO youth resource centres. A first online meeting with a possible partner is a good "
          "way to check that the groups have similar expectations."),
    ("p", "Before the exchange, all partner organisations sign a written partnership agreement. The agreement "
          "describes the division of tasks, how the grant is shared, what each group leader is responsible for "
          "and what happens if a group cancels. The youth coordinator has a template in English."),
    ("p", "Results should be shared after the exchange, for example at a youth council meeting, on social media "
          "or in a local newspaper. The participants should take part in presenting the results themselves."),
    ("h1", "Safety and safeguarding"),
    ("bullets", [
        "For participants under 18, written consent from a parent or guardian is required.",
        "There must be at least one adult leader per eight participants under 18.",
        "All leaders must show an extract from the Swedish police register before the exchange.",
        "Alcohol and drugs are not allowed during the exchange, regardless of the participants' age or the "
        "rules in the host country.",
        "Participants are covered by the municipality's group accident insurance during the activity. "
        "Every participant should also carry a European Health Insurance Card.",
        "The risk assessment must be approved by the youth coordinator at least four weeks before the exchange.",
    ]),
    ("h1", "Hosting an exchange in Alingsås"),
    ("p", "When Alingsås hosts an exchange, the participants usually stay at Hjälmared folk high school outside "
          "Alingsås, where the group has its own kitchen and workshop rooms. Local young people who are not "
          "participants can be invited to open activities, such as an intercultural evening."),
    ("p", "In August 2025 Alingsås hosted the youth exchange Water for Tomorrow with participants from Sweden, "
          "Portugal, Estonia and Poland. The exchange was about water, climate and participation, and the "
          "participants presented their results to the municipal executive board's working committee."),
    ("h1", "Example budget"),
    ("p", "The example shows the approximate grant for a ten-day youth exchange hosted in Alingsås with 32 "
          "participants from four countries and six group leaders. The figures are rounded and for illustration "
          "only."),
    ("table", [
        ["Grant item", "Basis", "Amount"],
        ["Travel", "38 persons, average distance band", "€10,500"],
        ["Organisational support", "38 persons × 10 days × €60", "€22,800"],
        ["Inclusion support", "8 participants × €100", "€800"],
        ["Preparatory visit", "6 persons × €680", "€4,080"],
        ["Total", "", "€38,180"],
    ]),
    ("h1", "Contact"),
    ("p", "Youth coordinator: Tobias Nordin, Culture and Leisure Department. Contact details are in the "
          "municipality's contact directory for the international network."),
]

# ---------------------------------------------------------------------------------------------
# 3. Jobbskuggning och arbetsplatsförlagt lärande utomlands (Swedish, .docx)
# ---------------------------------------------------------------------------------------------
JOBBSKUGGNING = [
    ("title", "Jobbskuggning och arbetsplatsförlagt lärande utomlands"),
    ("p", "Riktlinje för medarbetare i Alingsås kommun. Fastställd av HR-chefen 2025-06-10. Gäller från "
          "2025-08-01."),
    ("h1", "Syfte och omfattning"),
    ("p", "Att lära av kollegor i andra länder är ett effektivt sätt att utveckla verksamheten och den egna "
          "kompetensen. Riktlinjen ska göra det enkelt och rättvist för medarbetare att jobbskugga eller göra en "
          "kortare placering utomlands, och den tydliggör vad som gäller för lön, resor, boende och uppföljning."),
    ("p", "Riktlinjen gäller alla medarbetare i Alingsås kommun. Skolpersonal som reser inom Erasmus+ följer i "
          "första hand vägledningen för Erasmus+, men riktlinjens regler om lön och arbetstid gäller även dem."),
    ("h2", "Bakgrund"),
    ("p", "Riktlinjen bygger på kommunens internationella policy, som säger att internationalisering ska "
          "användas som ett verktyg för verksamhetsutveckling, och på kommunens kompetensförsörjningsplan. "
          "Medarbetarenkäten 2024 visade att många medarbetare är intresserade av att lära av kollegor i andra "
          "länder, men att få vet hur de ska gå till väga."),
    ("h1", "Begrepp"),
    ("p", "Jobbskuggning innebär att en medarbetare följer en kollega med liknande arbetsuppgifter i en "
          "organisation i ett annat land under en kortare period, för att lära sig nya arbetssätt."),
    ("p", "Arbetsplatsförlagt lärande utomlands, här kallat placering, innebär att medarbetaren under en längre "
          "period arbetar i den mottagande organisationen och deltar i det dagliga arbetet."),
    ("p", "Ett lärandeavtal är en skriftlig överenskommelse mellan medarbetaren, chefen och den mottagande "
          "organisationen om vad medarbetaren ska lära sig, hur det ska gå till och hur resultatet ska följas upp."),
    ("h1", "Hur länge?"),
    ("bullets", [
        "Jobbskuggning omfattar normalt 3–10 arbetsdagar.",
        "En placering omfattar 2–12 veckor.",
        "Placeringar som är längre än tolv veckor beviljas inte enligt denna riktlinje; de kräver "
        "tjänstledighet eller ett särskilt avtal.",
    ]),
    ("p", "En medarbetare kan jobbskugga eller göra en placering högst en gång per kalenderår. Från samma "
          "arbetsplats får högst två medarbetare vara borta på jobbskuggning eller placering samtidigt."),
    ("h1", "Vem kan delta?"),
    ("p", "Alla tillsvidareanställda medarbetare som har varit anställda i minst ett år kan ansöka. "
          "Visstidsanställda kan delta om anställningen varar minst tre månader efter hemkomsten."),
    ("p", "Medarbetaren ska kunna kommunicera på engelska eller på värdlandets språk. Den som behöver fräscha upp "
          "sin engelska kan gå kommunens kurs i engelska före resan."),
    ("h1", "Ansökan och beslut"),
    ("numbered", [
        "Medarbetaren tar fram ett förslag på mottagande organisation, gärna med hjälp av den internationella "
        "samordnaren eller via kommunens vänorter och nätverk.",
        "Medarbetaren och chefen fyller i blanketten Ansökan om jobbskuggning utomlands och ett utkast till "
        "lärandeavtal.",
        "Ansökan lämnas till närmaste chef senast åtta veckor före avresan.",
        "Chefen beslutar om jobbskuggning. Placeringar längre än fyra veckor beslutas av förvaltningschefen "
        "efter samråd med HR-avdelningen.",
        "När ansökan har beviljats undertecknar alla tre parter lärandeavtalet, och resan bokas enligt "
        "riktlinjerna för internationella tjänsteresor.",
    ]),
    ("h1", "Lön och arbetstid"),
    ("p", "Jobbskuggning och placering är arbete. Medarbetaren behåller sin ordinarie lön och sina "
          "anställningsvillkor under hela perioden. Tiden på den mottagande arbetsplatsen räknas som ordinarie "
          "arbetstid, högst åtta timmar per dag. Restid ersätts enligt gällande kollektivavtal."),
    ("p", "Det betalas inget särskilt tillägg för att arbeta utomlands. Medarbetarens arbetsplats ansvarar för "
          "att ordna vikarie vid behov."),
    ("h1", "Finansiering"),
    ("p", "Kostnaderna för resa, boende och traktamente betalas i första hand med externa medel:"),
    ("bullets", [
        "Erasmus+ för personal i skola och vuxenutbildning",
        "Nordplus för utbyten i Norden och Baltikum",
        "EU-projekt där jobbskuggning ingår i projektplanen",
        "kommunens Omvärldspott för medarbetare i övriga verksamheter",
    ]),
    ("p", "Om extern finansiering saknas betalar förvaltningen kostnaderna inom sin budget, efter "
          "förvaltningschefens beslut."),
    ("h1", "Resa, boende och traktamente"),
    ("p", "Resan bokas och traktamente betalas ut enligt riktlinjerna för internationella tjänsteresor."),
    ("p", "Vid jobbskuggning bor medarbetaren på hotell av normal standard. Vid placeringar som är längre än två "
          "veckor ska ett billigare boende väljas, till exempel en lägenhet eller ett studentboende. Kostnaden "
          "för boende under en placering får vara högst 12 000 kr per månad."),
    ("h2", "Skatt"),
    ("p", "Traktamente betalas ut skattefritt så länge reglerna för tjänsteresor är uppfyllda. Om den mottagande "
          "organisationen betalar för måltider ska traktamentet minskas enligt riktlinjerna för internationella "
          "tjänsteresor. Förmåner som den mottagande organisationen ger, till exempel fritt boende, ska meddelas "
          "lönecenter."),
    ("h1", "Försäkring"),
    ("p", "Medarbetaren omfattas av kommunens tjänstereseförsäkring via Kammarkollegiet under hela vistelsen, "
          "även under helger som ingår i en placering."),
    ("h1", "Checklista före avresan"),
    ("numbered", [
        "Kontrollera att lärandeavtalet är undertecknat av alla tre parter.",
        "Kontrollera att passet gäller minst sex månader efter hemresan.",
        "Boka resa och boende via kommunens resebyrå.",
        "Beställ det europeiska sjukförsäkringskortet om du reser inom EU.",
        "Lämna resplan och kontaktuppgifter till chefen.",
        "Kom överens med chefen om hur du håller kontakt med arbetsplatsen under vistelsen.",
    ]),
    ("h1", "Efter hemkomsten"),
    ("bullets", [
        "Medarbetaren lämnar en skriftlig rapport till HR-avdelningen senast 30 dagar efter hemkomsten, på "
        "blanketten Erfarenheter från jobbskuggning.",
        "Medarbetaren berättar om sina erfarenheter på en arbetsplatsträff inom två månader.",
        "Chefen och medarbetaren följer upp lärandeavtalet i nästa medarbetarsamtal.",
    ]),
    ("h1", "Exempel"),
    ("p", "Två socialsekreterare från individ- och familjeomsorgen jobbskuggade under en vecka 2025 i Lohja för "
          "att lära sig mer om finska arbetssätt med tidiga insatser för barnfamiljer. Resan betalades med medel "
          "ur Omvärldspotten."),
    ("p", "En gatuingenjör från samhällsbyggnadsförvaltningen gjorde en placering på sex veckor hos Moshi "
          "Municipal Council inom ICLD-partnerskapet och arbetade med planering av insamling av hushållsavfall."),
    ("h1", "Att ta emot jobbskuggare från andra länder"),
    ("p", "Kommunen tar gärna emot kollegor från andra länder. Beslut om att ta emot en jobbskuggare fattas av "
          "chefen för den mottagande enheten. Följande gäller:"),
    ("bullets", [
        "Enheten utser en handledare som ansvarar för gästen under hela vistelsen.",
        "Gästen måste underteckna en sekretessförbindelse innan vistelsen börjar.",
        "Gästen ska ha ett eget försäkringsskydd; kommunens försäkringar gäller inte för gäster.",
        "Gästen får inte utföra arbetsuppgifter som innebär myndighetsutövning eller ensamt ansvar för brukare.",
        "Kommunen betalar inte gästens resa, boende eller uppehälle.",
    ]),
    ("p", "En jobbskuggare från en partnerorganisation stannar normalt högst två veckor. Kontakta HR-avdelningen "
          "om en gäst vill stanna längre."),
    ("h1", "Vanliga frågor"),
    ("p", "Kan jag jobbskugga under min semester? Nej. Jobbskuggning är arbete och kan inte förläggas till "
          "semester. Däremot kan semesterdagar läggas före eller efter jobbskuggningen om chefen godkänner det."),
    ("p", "Kan jag jobbskugga i ett land utanför Europa? Ja, om det finns ett tydligt verksamhetsskäl. Resor "
          "utanför Europa godkänns enligt riktlinjerna för internationella tjänsteresor, och finansieringen "
          "måste vara klar innan ansökan lämnas."),
    ("p", "Räknas jobbskuggning som kompetensutveckling? Ja. Jobbskuggningen ska finnas med i medarbetarens "
          "kompetensutvecklingsplan och följas upp i medarbetarsamtalet."),
    ("h1", "Kontakt"),
    ("p", "Frågor om riktlinjen besvaras av HR-avdelningen, som också har blanketterna. Den internationella "
          "samordnaren kan hjälpa till att hitta mottagande organisationer."),
]

# ---------------------------------------------------------------------------------------------
# 4. Guidelines for International Business Travel (English, .pdf)
# ---------------------------------------------------------------------------------------------
TRAVEL = [
    ("title", "Guidelines for International Business Travel"),
    ("p", "Alingsås Municipality. Adopted by the Municipal Executive Director on 18 November 2025. The guidelines "
          "apply from 1 January 2026 to all employees and, where stated, to elected officials. They replace the "
          "travel guidelines of 2019."),
    ("h1", "1. Purpose and scope"),
    ("p", "These guidelines describe how business trips abroad are approved, booked, paid for and followed up. "
          "A business trip abroad is any journey outside Sweden that an employee or elected official makes on "
          "behalf of the municipality, including conferences, study visits, project meetings and job shadowing."),
    ("p", "The guidelines do not cover trips within Sweden, which are governed by the municipality's general "
          "travel policy, and they do not cover private travel."),
    ("p", "All trips must be necessary for the municipality's work and be carried out at the lowest reasonable "
          "cost and with as little climate impact as possible. Digital meetings should always be considered as "
          "an alternative."),
    ("h1", "2. Approval"),
    ("p", "Every business trip abroad must be approved in advance. Who approves the trip depends on the "
          "destination:"),
    ("bullets", [
        "Trips to the Nordic countries are approved by the employee's immediate manager.",
        "Trips to other countries in Europe are approved by the head of department.",
        "Trips outside Europe are approved by the Municipal Executive Director.",
        "Trips by elected officials are approved by the chair of the committee concerned; trips by the chair of "
        "the municipal executive board are approved by the board's working committee.",
    ]),
    ("p", "Applications are made with the form Travel request abroad in the self-service portal at least four "
          "weeks before departure, or at least eight weeks before departure for trips outside Europe."),
    ("p", "Trips to countries or areas that the Swedish Ministry for Foreign Affairs advises against travelling "
          "to are normally not approved. An exception requires a special decision by the Municipal Executive "
          "Director."),
    ("p", "A trip that is funded by an EU project or another external grant also requires the approval of the "
          "project manager, who checks that the costs are eligible."),
    ("h1", "3. Booking"),
    ("p", "All travel and accommodation is booked through the municipality's contracted travel agency, "
          "Resepartner Väst. Bookings should be made at least 21 days before departure to get reasonable prices."),
    ("h2", "Choice of transport"),
    ("bullets", [
        "Train is the first choice when the journey can be made in less than six hours, for example to Oslo "
        "or Copenhagen.",
        "Flights are booked in economy class. Business class may not be booked at the municipality's expense.",
        "Hire cars may only be used when no public transport is available, and the cheapest reasonable "
        "category is chosen.",
    ]),
    ("p", "For every flight the department pays a climate fee of 10 per cent of the ticket price to the "
          "municipality's climate fund."),
    ("p", "The climate fund is used for climate measures in the municipality's own operations, for example "
          "charging points for electric cars and energy efficiency in municipal buildings."),
    ("h2", "Accommodation"),
    ("p", "Hotels are booked in standard class, preferably close to the meeting venue. The price may not exceed "
          "SEK 1,800 per night including breakfast, except in cities where the travel agency confirms that no "
          "suitable hotel is available at that price, for example during large trade fairs."),
    ("h2", "Conferences and registration fees"),
    ("p", "Conference fees are paid by the department, and early registration should be used when it gives a "
          "lower price. Registration fees above SEK 10,000 must be approved by the head of department, even when "
          "the trip itself is approved by the immediate manager."),
    ("p", "When more than five employees from the same department are travelling to the same event, the head of "
          "department must approve the number of participants."),
    ("h2", "Passports and visas"),
    ("p", "Employees travel on their own passports. The cost of an ordinary passport is not reimbursed. Visa "
          "fees, and the cost of an emergency passport needed during a business trip, are paid by the department."),
    ("h2", "Combining business and private travel"),
    ("p", "Private days may be added to a business trip if the manager approves it in advance. The traveller "
          "pays all extra costs caused by the private days, such as extra hotel nights or a more expensive ticket."),
    ("h1", "4. Per diem"),
    ("p", "Per diem (traktamente) is a tax-free allowance that covers increased living costs, such as meals and "
          "small expenses, during a business trip with an overnight stay. The municipality pays per diem "
          "according to the Swedish Tax Agency's normal amounts for each country."),
    ("p", "Per diem is paid only when the trip includes an overnight stay and the destination is more than 50 "
          "kilometres from both the employee's normal workplace and home."),
    ("h2", "Full and half days"),
    ("bullets", [
        "The day of departure counts as a full day if the trip starts before 12.00, otherwise as half a day.",
        "The day of return counts as a full day if the trip ends after 19.00, otherwise as half a day.",
        "A half day gives 50 per cent of the normal amount.",
    ]),
    ("h2", "Normal amounts 2026"),
    ("p", "The table shows the normal amounts per full day for 2026 for the countries that staff travel to most "
          "often. The amounts for other countries are found in the self-service portal."),
    ("table", [
        ["Country", "Normal amount per full day"],
        ["Belgium", "SEK 1,016"],
        ["Denmark", "SEK 1,048"],
        ["Estonia", "SEK 749"],
        ["Finland", "SEK 885"],
        ["France", "SEK 958"],
        ["Germany", "SEK 901"],
        ["Iceland", "SEK 1,112"],
        ["Latvia", "SEK 715"],
        ["Norway", "SEK 1,029"],
        ["Poland", "SEK 659"],
        ["Spain", "SEK 802"],
        ["Tanzania", "SEK 593"],
        ["Ukraine", "SEK 532"],
        ["United Kingdom", "SEK 1,012"],
        ["USA", "SEK 1,088"],
    ]),
    ("p", "For trips within Sweden the domestic per diem of SEK 300 per full day applies; see the general "
          "travel policy."),
    ("h2", "Reduction for free meals"),
    ("p", "If meals are included, for example at a conference or in the hotel price, the per diem is reduced by "
          "the following shares of the normal amount:"),
    ("bullets", ["breakfast: 15 per cent", "lunch: 35 per cent", "dinner: 35 per cent"]),
    ("p", "Breakfast that is included in the hotel price always reduces the per diem, even if the traveller did "
          "not eat it."),
    ("h2", "Long trips and night allowance"),
    ("p", "For trips longer than three months in the same place, the per diem is reduced to 70 per cent of the "
          "normal amount from the fourth month."),
    ("p", "If the traveller stays overnight without paying for accommodation, for example with relatives, a night "
          "allowance of half the normal amount is paid instead of hotel costs."),
    ("h2", "Per diem on trips paid by others"),
    ("p", "When the trip is paid for by an organiser, for example a partner organisation or a network that "
          "covers hotel and meals, per diem is paid only for the costs that the traveller actually has. The "
          "traveller states in the expense claim which meals and nights were paid for by someone else."),
    ("h1", "5. Travel advance and payment"),
    ("p", "A travel advance can be requested for trips longer than five days. The advance is at most 75 per cent "
          "of the estimated costs and is settled in the expense claim."),
    ("p", "Costs are paid with the municipality's corporate card where possible. Private cards may be used only "
          "when the corporate card is not accepted."),
    ("h1", "6. Insurance and health"),
    ("p", "Employees and elected officials on business trips are insured through Kammarkollegiet's business "
          "travel insurance. The insurance covers medical care, home transport and lost luggage. Holiday days "
          "that the traveller adds before or after the business part of the trip are not covered."),
    ("p", "Travellers within the EU should carry their own European Health Insurance Card, which can be ordered "
          "free of charge from the Swedish Social Insurance Agency (Försäkringskassan). Vaccinations needed for a "
          "business trip are paid by the department."),
    ("h1", "7. Safety and IT security"),
    ("bullets", [
        "Check the travel advice of the Ministry for Foreign Affairs before booking and register in the "
        "ministry's app for Swedes abroad.",
        "Leave your travel itinerary and hotel details with your manager.",
        "Contact the IT service desk before travelling outside the EU with a municipal laptop or phone. For "
        "some countries, travel equipment must be borrowed instead.",
        "Never leave municipal equipment unattended in hotel rooms or vehicles.",
    ]),
    ("h1", "8. Representation abroad"),
    ("p", "Hosting a meal for partners abroad requires prior approval by the head of department. The cost may "
          "not exceed SEK 600 per person including VAT, and the names and organisations of all participants must "
          "be stated in the expense claim. Alcohol is paid for only in connection with dinner."),
    ("h1", "9. Special rules for elected officials"),
    ("p", "Elected officials follow the same rules as employees for booking, per diem, insurance and expense "
          "claims. Their trips are approved as described in section 2. Trips by elected officials outside Europe "
          "are reported to the municipal executive board at its next meeting, with the purpose, the cost and the "
          "names of the participants."),
    ("p", "Loss of earnings for elected officials during a business trip is compensated according to the "
          "municipality's rules on remuneration to elected officials, not according to these guidelines."),
    ("h1", "10. After the trip"),
    ("bullets", [
        "The expense claim, with receipts, is submitted in the self-service portal no later than one month after "
        "returning. Claims submitted more than three months after the trip are not paid.",
        "For all trips outside the Nordic countries, a short trip report of no more than one page is sent to the "
        "international coordinator within 14 days of returning.",
        "Bonus points earned on business trips may not be used for private travel.",
    ]),
    ("h1", "11. Responsibilities"),
    ("bullets", [
        "The traveller plans the trip, follows these guidelines and reports costs correctly.",
        "The approving manager checks that the trip is necessary and that the budget allows it.",
        "The payroll unit pays out per diem and answers questions about the tax rules.",
        "The international coordinator receives trip reports and compiles the annual travel statistics.",
    ]),
    ("p", "Questions about bookings are answered by Resepartner Väst, questions about per diem by the payroll "
          "unit, and questions about these guidelines by the HR department."),
    ("h1", "Appendix: checklist before departure"),
    ("numbered", [
        "The trip is approved by the right person and registered in the self-service portal.",
        "Travel and hotel are booked through Resepartner Väst.",
        "Your passport is valid, and you have checked whether a visa is needed.",
        "You have read the travel advice of the Ministry for Foreign Affairs.",
        "You have the insurance certificate and the insurer's emergency number.",
        "You have contacted the IT service desk if you are travelling outside the EU with municipal equipment.",
        "Your manager has your itinerary and hotel details.",
        "You know how to claim per diem and expenses after the trip.",
    ]),
]

# ---------------------------------------------------------------------------------------------
# 5. Att söka EU-projektmedel (Swedish, .pdf)
# ---------------------------------------------------------------------------------------------
EU_PROJEKTMEDEL = [
    ("title", "Att söka EU-projektmedel"),
    ("p", "Rutin för förvaltningar och kommunala bolag i Alingsås kommun. Fastställd av kommundirektören "
          "2025-04-28 och gäller från 2025-05-01. Ansvarig för rutinen är EU-projektstrategen på "
          "kommunledningskontoret."),
    ("h1", "1. Syfte och omfattning"),
    ("p", "Rutinen beskriver hur en förvaltning eller ett kommunalt bolag går till väga när den vill söka pengar "
          "ur ett EU-program, vem som beslutar och vilka budgetregler som gäller. Den gäller alla ansökningar där "
          "kommunen är projektägare eller partner."),
    ("p", "Ansökningar inom Erasmus+ för skola och ungdom följer i huvudsak egna rutiner, men avsnitt 5 om "
          "medfinansiering gäller även dem när kommunen behöver tillföra egna pengar."),
    ("p", "Bakgrunden är kommunens internationella policy, enligt vilken möjligheterna till extern finansiering "
          "ska undersökas när verksamheten utvecklas. EU-medel är ett sätt att pröva nya idéer som annars inte "
          "skulle rymmas i budgeten, men ett EU-projekt kräver också egna resurser och god planering."),
    ("h1", "2. Vilka program finns?"),
    ("p", "EU-programmen kan delas in i två grupper:"),
    ("bullets", [
        "Program som förvaltas i Sverige, till exempel regionalfonden, Europeiska socialfonden+ och "
        "Interreg-programmen. Här söker man hos en svensk myndighet eller ett programsekretariat.",
        "Program som förvaltas direkt av Europeiska kommissionen, till exempel Horisont Europa, LIFE, CERV och "
        "Kreativa Europa. Här söker man i kommissionens portal för finansiering och upphandling.",
    ]),
    ("p", "Öppna utlysningar finns samlade på intranätets sida Aktuella utlysningar, som uppdateras av "
          "EU-projektstrategen."),
    ("h1", "3. Steg för steg"),
    ("p", "En ansökan tas fram i följande steg:"),
    ("numbered", [
        "Projektidé. Förvaltningen beskriver idén på blanketten Projektidé och skickar den till "
        "EU-projektstrategen minst tolv veckor före utlysningens sista ansökningsdag.",
        "Förankring. Förvaltningschefen godkänner att idén utvecklas vidare. Om flera förvaltningar berörs "
        "informeras kommunens chefsnätverk.",
        "Program och partner. EU-projektstrategen hjälper till att välja program och hitta partner, vid behov "
        "med stöd av West Sweden.",
        "Budget. Projektekonomen på ekonomiavdelningen tar fram budget och likviditetsplan tillsammans med "
        "den blivande projektledaren.",
        "Beslut om medfinansiering. Beslut fattas enligt avsnitt 5 innan ansökan skickas in.",
        "Ansökan skrivs. EU-projektstrategen läser och kommenterar minst ett utkast.",
        "Underskrift. Ansökan undertecknas av den som har delegation att företräda kommunen, normalt "
        "förvaltningschefen.",
        "Registrering. Ansökan och beslut diarieförs hos kommunledningskontoret, och projektet registreras i "
        "den internationella aktivitetsloggen.",
    ]),
    ("h2", "Roller i ett EU-projekt"),
    ("bullets", [
        "Projektägaren är den förvaltning eller det bolag som driver projektet och bär ansvaret för det.",
        "Projektledaren ansvarar för att projektet genomförs enligt ansökan, för rapporteringen och för "
        "kontakten med programmet och partnerna.",
        "Styrgruppen följer projektet och fattar beslut om viktigare förändringar. Varje projekt med en total "
        "budget över 1 miljon kronor ska ha en styrgrupp, och förvaltningschefen eller den som "
        "förvaltningschefen utser är ordförande.",
        "Projektekonomen sköter bokföring, ekonomisk uppföljning och ekonomiska rapporter.",
        "EU-projektstrategen ger stöd och håller samman kommunens samlade EU-arbete.",
    ]),
    ("h1", "4. Tidsplan"),
    ("p", "En EU-ansökan tar normalt två till fyra månader att ta fram. Räkna med att beskedet om beviljade medel "
          "kommer tre till nio månader efter sista ansökningsdag, beroende på program. Ett projekt får inte "
          "starta och inga kostnader får uppstå innan beslutet har kommit, om inte programmet uttryckligen "
          "tillåter det."),
    ("h1", "5. Medfinansiering"),
    ("p", "Medfinansiering är den del av projektets stödberättigande kostnader som inte täcks av EU-bidraget. "
          "Den kan bestå av kontanta medel eller av arbetstid som kommunens personal lägger i projektet."),
    ("p", "Hur stor medfinansiering som krävs varierar mellan programmen:"),
    ("bullets", [
        "Interreg Öresund-Kattegat-Skagerrak: EU-stödet är högst 60 procent, resten är medfinansiering.",
        "Interreg Östersjöprogrammet: EU-stödet är högst 80 procent.",
        "ESF+: stödnivån anges i varje utlysning, ofta mellan 50 och 70 procent.",
        "LIFE: EU-stödet är normalt 60 procent.",
        "Horisont Europa: offentliga organisationer kan få upp till 100 procent.",
        "Erasmus+ och CERV: finansieras med schablonbelopp eller klumpsummor utan krav på medfinansiering, "
        "men bidraget räcker inte alltid till alla kostnader.",
    ]),
    ("h2", "Vem beslutar om medfinansiering?"),
    ("p", "Vem som beslutar om kommunens medfinansiering beror på beloppet, räknat som kommunens samlade "
          "kontanta medfinansiering under hela projekttiden:"),
    ("bullets", [
        "under 500 000 kr: förvaltningschefen, om medlen ryms i förvaltningens budget",
        "från 500 000 kr till 2 miljoner kronor: kommundirektören",
        "över 2 miljoner kronor: kommunstyrelsen",
    ]),
    ("p", "När kommunen ska vara huvudpartner i ett projekt med en total budget över EUR 1 000 000 fattar "
          "kommunstyrelsen alltid beslutet, oavsett hur stor medfinansieringen är."),
    ("h2", "Den centrala medfinansieringspotten"),
    ("p", "Kommunstyrelsen avsätter 1,5 miljoner kronor per år till en central medfinansieringspott för "
          "EU-projekt. Ett projekt kan få högst 250 000 kr per år ur potten, och förvaltningen ska själv stå för "
          "minst lika mycket som den söker ur potten. Ansökan om medel ur potten görs löpande till "
          "EU-projektstrategen, och beslut fattas av kommundirektören."),
    ("h1", "6. Budgetregler"),
    ("bullets", [
        "Budgeten görs i euro om programmet kräver det. Vid omräkning används Europeiska kommissionens "
        "månadskurs för den månad då ansökan skrivs.",
        "Personalkostnader beräknas på faktisk lön plus personalomkostnadspålägg enligt kommunens fastställda "
        "procentsats för året.",
        "Alla som arbetar i projektet ska tidredovisa varje månad. Tidrapporten undertecknas av medarbetaren "
        "och närmaste chef.",
        "Indirekta kostnader redovisas normalt som en schablon på 15 procent av de direkta personalkostnaderna, "
        "om programmet tillåter det.",
        "Moms är inte en stödberättigande kostnad för kommunen, eftersom kommunen får tillbaka momsen genom "
        "kommunkontosystemet.",
        "Inköp i projektet följer lagen om offentlig upphandling och kommunens upphandlingspolicy. "
        "Direktupphandling får göras upp till 700 000 kr.",
        "Resor i projektet följer kommunens riktlinjer för internationella tjänsteresor, om inte programmet har "
        "strängare regler.",
        "Representation och gåvor är sällan stödberättigande och ska budgeteras som egen kostnad.",
    ]),
    ("h2", "Blanketten Projektidé"),
    ("p", "Blanketten Projektidé finns på intranätet och ska innehålla:"),
    ("bullets", [
        "en kort beskrivning av problemet eller behovet som projektet ska lösa",
        "projektets mål och förväntade resultat",
        "vilka målgrupper som berörs",
        "tänkbara partner, i Sverige och i andra länder",
        "en grov uppskattning av budget och projekttid",
        "vilket program och vilken utlysning som kan passa, om det är känt",
    ]),
    ("h2", "Likviditet"),
    ("p", "EU betalar ofta ut pengarna i efterhand. Förvaltningen måste därför kunna ligga ute med pengar under "
          "lång tid, i vissa program upp till 18 månader. Varje ansökan ska därför ha en likviditetsplan som har "
          "godkänts av ekonomiavdelningen."),
    ("h1", "7. Under projektet"),
    ("p", "Projektledaren lämnar en lägesrapport till EU-projektstrategen två gånger per år, senast den 15 mars "
          "och den 15 september. Större förändringar i projektet, till exempel en ändrad budget eller nya "
          "partner, ska godkännas av programmet innan de genomförs."),
    ("h2", "Kommunikation och EU-emblemet"),
    ("p", "Alla EU-finansierade projekt ska visa att de får stöd från EU. EU-emblemet och texten Medfinansieras "
          "av Europeiska unionen ska finnas på projektets webbsida, i presentationer och i trycksaker. En affisch "
          "i minst A3-format med information om projektet ska sättas upp på en plats där allmänheten kan se den. "
          "Kommunikationsavdelningen har mallar."),
    ("h2", "Statsstöd"),
    ("p", "Om projektet ger stöd till företag, till exempel kostnadsfri rådgivning eller utbildning, ska reglerna "
          "om statsstöd följas. EU-projektstrategen bedömer om stödet kan ges som ett mindre stöd av försumbar "
          "betydelse, så kallat de minimis-stöd, och hur det ska dokumenteras."),
    ("h2", "Granskning och återbetalning"),
    ("p", "EU-projekt granskas av programmets kontrollanter och ibland av Europeiska revisionsrätten. Kostnader "
          "som inte kan styrkas med underlag godkänns inte och måste betalas tillbaka. Återbetalningen belastar "
          "projektägarens budget, inte den centrala medfinansieringspotten."),
    ("h1", "8. Arkivering"),
    ("p", "Alla handlingar i projektet ska sparas i minst fem år efter att programmet har gjort slutbetalningen, "
          "eller längre om programmet kräver det. Handlingarna arkiveras hos den ansvariga förvaltningen enligt "
          "dess dokumenthanteringsplan. Det gäller bland annat:"),
    ("bullets", [
        "ansökan och beslut",
        "avtal med programmet och med partner",
        "tidrapporter, fakturor och betalningsunderlag",
        "deltagarlistor och rapporter",
        "upphandlingsdokumentation",
    ]),
    ("h1", "9. När projektet tar slut"),
    ("p", "Senast sex månader före projektets slut ska projektägaren besluta om projektets resultat ska föras "
          "in i den ordinarie verksamheten, och i så fall hur det ska finansieras. Beslutet redovisas för "
          "styrgruppen."),
    ("p", "Slutrapporten till programmet skrivs av projektledaren och granskas av EU-projektstrategen innan den "
          "skickas in. En kortare sammanfattning på svenska läggs in i den internationella aktivitetsloggen."),
    ("h2", "Vanliga misstag"),
    ("bullets", [
        "att börja skriva ansökan för sent",
        "att inte förankra projektet hos förvaltningsledningen",
        "att räkna med att kommunen kan ligga ute med pengar utan en likviditetsplan",
        "att glömma tidredovisningen",
        "att köpa in varor eller tjänster utan att följa upphandlingsreglerna",
    ]),
    ("h1", "Frågor och svar"),
    ("p", "Kan ett kommunalt bolag söka EU-medel på egen hand? Ja. Bolagen följer samma rutin, men beslut om "
          "medfinansiering fattas av bolagets vd eller styrelse enligt bolagets egen delegationsordning. "
          "EU-projektstrategen ska ändå informeras innan ansökan skickas in."),
    ("p", "Kan vi anställa en projektledare innan projektet är beviljat? Nej. En projektledare får anställas "
          "först när beslutet om stöd har kommit. Förberedelserna inför ansökan görs av ordinarie personal."),
    ("p", "Vad händer om projektet blir beviljat med en lägre budget än vi sökt? Då ska projektplanen och "
          "medfinansieringen ses över och, om medfinansieringen ändras, ett nytt beslut fattas enligt avsnitt 5."),
    ("h1", "10. Stöd"),
    ("p", "EU-projektstrategen på kommunledningskontoret hjälper till i alla steg. Projektekonomen på "
          "ekonomiavdelningen hjälper till med budget, likviditetsplan och ekonomisk rapportering. West Sweden "
          "kan bistå med partnersök och granskning av ansökningar; kontakten med West Sweden går via den "
          "internationella samordnaren."),
]

# ---------------------------------------------------------------------------------------------
# 6. Alingsås in European networks (English, .pdf)
# ---------------------------------------------------------------------------------------------
NETWORKS = [
    ("title", "Alingsås in European Networks"),
    ("p", "West Sweden membership and the networks with a European focus that Alingsås municipality belongs to. "
          "Information sheet from the Municipal Executive Office, February 2026."),
    ("h1", "Why networks?"),
    ("p", "Networks give the municipality access to knowledge, partners and influence that a municipality of "
          "about 43,000 inhabitants could not get on its own. Through networks, staff learn about upcoming EU "
          "calls early, find partners for projects and can make the voice of smaller municipalities heard in "
          "Stockholm and Brussels."),
    ("p", "This information sheet describes the networks with a European focus that Alingsås belongs to, what "
          "they offer and who represents the municipality in them."),
    ("h1", "West Sweden"),
    ("h2", "What is West Sweden?"),
    ("p", "West Sweden is a non-profit association through which municipalities and regions in western Sweden "
          "cooperate on EU matters. It has offices in Göteborg and in Brussels. Alingsås has been a member since "
          "2001."),
    ("h2", "What does membership cost?"),
    ("p", "The membership fee is based on the number of inhabitants. For 2026 the fee is SEK 1.10 per "
          "inhabitant, which for Alingsås amounts to SEK 47,300. The fee is paid from the central budget for "
          "international work."),
    ("h2", "What do members get?"),
    ("bullets", [
        "advice on project development and on choosing the right EU programme",
        "help with partner searches through West Sweden's contacts in European networks",
        "review of draft applications before they are submitted",
        "information about upcoming calls and EU policy, for example through a weekly newsletter",
        "meeting rooms at the Brussels office",
        "study visits to Brussels",
        "training courses in project management and EU affairs",
    ]),
    ("h2", "The Brussels office"),
    ("p", "The Brussels office is located close to the European Parliament, in a building shared with several "
          "other Swedish regional offices. Members can use the office as a base when visiting Brussels: desks and "
          "meeting rooms for up to 20 people can be booked free of charge at least two weeks in advance."),
    ("p", "Each year West Sweden takes two trainees to the Brussels office for five months, one in the spring "
          "and one in the autumn. Employees of member municipalities may apply. The trainee's salary is paid by "
          "the employer, while West Sweden provides a workplace and a supervisor."),
    ("h2", "Study visits to Brussels"),
    ("p", "West Sweden organises a study visit to Brussels for politicians and officials from the member "
          "municipalities every spring. The visit lasts three days and includes meetings at the European "
          "Commission, the European Parliament and the European Committee of the Regions. Alingsås normally "
          "sends at most four participants. Travel and hotel cost about SEK 9,000 per person and are paid by each "
          "participant's department."),
    ("h2", "Project clinic"),
    ("p", "On the second Thursday of each month West Sweden holds a project clinic in Göteborg, where members can "
          "get feedback on a project idea during a one-hour meeting with an adviser. The clinic is free of charge "
          "for members. Staff in Alingsås book a time through the international coordinator."),
    ("h2", "How we work with West Sweden"),
    ("p", "The international coordinator is the link between the municipality's staff and West Sweden. Staff who "
          "want help from West Sweden contact the international coordinator first, who then passes the request "
          "on to the right person at West Sweden."),
    ("p", "Alingsås is represented at West Sweden's annual meeting by the chair of the municipal executive "
          "board, with the international coordinator as deputy. The annual meeting is held in May, and each "
          "member has one vote."),
    ("p", "Alingsås also takes part in two of West Sweden's thematic groups, for education and for environment "
          "and climate. Officials from the departments concerned attend the meetings, which take place four "
          "times a year."),
    ("h1", "Other networks with a European focus"),
    ("p", "Besides West Sweden, Alingsås belongs to the following networks with a European or international "
          "focus:"),
    ("bullets", [
        "Göteborgsregionen's network for international issues, where the international officers of the 13 "
        "member municipalities exchange experience and prepare joint applications.",
        "The Covenant of Mayors, which Alingsås joined in 2010. Signatories commit to reducing greenhouse gas "
        "emissions by at least 55 per cent by 2030 and report on their climate action plan every second year.",
        "Klimatkommunerna, the Swedish association of municipalities that work actively with climate issues.",
        "The Nordic twin town chain, together with Lohja, Kongsberg, Næstved and Hafnarfjörður.",
        "The international network for municipal officials run by the Swedish Association of Local Authorities "
        "and Regions (SKR).",
    ]),
    ("p", "Alingsås is not a member of the Union of the Baltic Cities, Eurocities or the Assembly of European "
          "Regions. Region Västra Götaland is a member of the Assembly of European Regions and represents the "
          "region as a whole."),
    ("h2", "Organisations named in the international policy"),
    ("p", "The international policy from 2007 also names the International Programme Office and the Swedish "
          "National Board for Youth Affairs as important partners. Neither organisation exists under that name "
          "any more: the tasks of the International Programme Office were taken over by the Swedish Council for "
          "Higher Education in 2013, and the National Board for Youth Affairs has been called the Swedish Agency "
          "for Youth and Civil Society since 2014."),
    ("h1", "Who represents Alingsås?"),
    ("table", [
        ["Network", "Represented by", "Meetings"],
        ["West Sweden, annual meeting", "Chair of the municipal executive board", "Once a year, in May"],
        ["West Sweden, thematic groups", "Officials from the departments concerned", "Four times a year"],
        ["GR network for international issues", "International coordinator", "Six times a year"],
        ["Covenant of Mayors", "Climate strategist", "Report every second year"],
        ["Klimatkommunerna", "Climate strategist", "Annual meeting in the spring"],
        ["SKR international network", "International coordinator", "Twice a year, in Stockholm"],
    ]),
    ("p", "Decisions to join or leave a network that charges a membership fee are taken by the municipal "
          "executive board. All memberships are reviewed every fourth year."),
    ("h1", "Using the networks"),
    ("p", "Networks are only useful if they are used. Staff who take part in a network meeting are expected to "
          "share what they learn with colleagues, for example in Omvärldsbrevet or at a management meeting. The "
          "international coordinator keeps a calendar of network meetings on the intranet."),
    ("p", "When Alingsås looks for partners for an EU project, the networks are usually the first place to "
          "ask. The twin towns and the Göteborgsregionen network have been the most important sources of "
          "partners so far, while West Sweden has mainly helped with partners in other parts of Europe."),
    ("h2", "A short history of West Sweden"),
    ("p", "West Sweden was formed in the 1990s, when Sweden joined the EU, by municipalities and county councils "
          "in western Sweden that wanted a joint presence in Brussels. Since then the association has grown and "
          "today has members from Västra Götaland and Halland. Its focus has shifted over the years from "
          "lobbying towards practical support for EU projects."),
    ("h1", "EU events"),
    ("p", "The European Week of Regions and Cities is held in Brussels every October. West Sweden arranges a "
          "joint programme for its members during the week. Alingsås sends at most two participants, who are "
          "chosen by the international coordinator."),
]


# ---------------------------------------------------------------------------------------------
# 7. Handlingsplan för internationellt arbete 2026–2027 (Swedish, .docx)
# ---------------------------------------------------------------------------------------------
HANDLINGSPLAN = [
    ("title", "Handlingsplan för internationellt arbete 2026–2027"),
    ("p", "Antagen av kommunstyrelsen den 12 februari 2026, § 24. Dnr KS 2025/0612. Handlingsplanen gäller för "
          "alla förvaltningar och kommunala bolag."),
    ("h1", "Inledning"),
    ("p", "Kommunens internationella policy anger mål och strategier för det internationella arbetet. Policyn "
          "är övergripande och säger inte vad som ska göras ett visst år. Handlingsplanen konkretiserar därför "
          "policyn för de kommande två åren: vilka aktiviteter som ska genomföras, vem som ansvarar och när de "
          "ska vara klara."),
    ("p", "Handlingsplanen har tagits fram av kommunledningskontoret efter dialog med förvaltningarnas "
          "ledningsgrupper, kommunens chefsnätverk och de kommunala bolagen. Synpunkter har också inhämtats från "
          "vänortsföreningarna och från ungdomsrådet."),
    ("h1", "Prioriterade områden"),
    ("p", "Handlingsplanen har fyra prioriterade områden:"),
    ("numbered", [
        "Extern finansiering – fler och bättre ansökningar om EU-medel och andra externa medel.",
        "Kompetens och information – medarbetare och förtroendevalda ska känna till möjligheterna.",
        "Vänorter och partnerskap – från representation till samarbete som ger nytta.",
        "Unga och skola – fler unga ska få en internationell erfarenhet.",
    ]),
    ("h1", "Utgångsläge"),
    ("p", "Uppföljningen av det internationella arbetet 2025 visar att kommunen har blivit bättre på att söka "
          "externa medel, att Erasmus+ används av allt fler skolor och att partnerskapet med Moshi har kommit "
          "igång. Samtidigt är det internationella arbetet ojämnt fördelat mellan förvaltningarna, och flera "
          "verksamheter registrerar inte sina aktiviteter. Handlingsplanen tar sin utgångspunkt i dessa "
          "iakttagelser."),
    ("h1", "Koppling till policyn"),
    ("p", "Varje prioriterat område bidrar till flera av policyns mål. Området extern finansiering bidrar till "
          "målet att kommunen deltar i flera internationellt finansierade projekt. Området kompetens och "
          "information bidrar till målet att kommunen ska vara omvärldsorienterad. Området vänorter och "
          "partnerskap bidrar till målet om ett aktivt vänortsarbete, och området unga och skola till målet om "
          "ett internationellt perspektiv i undervisningen."),
    ("h1", "Område 1: Extern finansiering"),
    ("p", "Kommunen har under senare år fått allt mer pengar från EU, men ansökningarna kommer fortfarande från "
          "ett fåtal verksamheter. Målet är att fler förvaltningar ska söka, och att kommunen oftare ska vara "
          "projektägare och inte bara partner."),
    ("table", [
        ["Aktivitet", "Ansvarig", "Klart"],
        ["Sammanställa en lista över planerade ansökningar för nästa år", "EU-projektstrategen", "Varje år senast 30 november"],
        ["Lämna minst tre ansökningar om EU-medel per år", "Förvaltningarna", "Löpande"],
        ["Utreda om kommunen ska bli huvudpartner i ett Interreg-projekt", "Samhällsbyggnadsförvaltningen", "31 december 2026"],
        ["Utvärdera den centrala medfinansieringspotten", "Kommunledningskontoret", "30 juni 2027"],
    ]),
    ("h1", "Område 2: Kompetens och information"),
    ("p", "Många medarbetare känner inte till vilket stöd som finns för internationellt arbete. Informationen "
          "ska därför nå ut bredare, och internationellt arbete ska bli en del av introduktionen för nya chefer."),
    ("table", [
        ["Aktivitet", "Ansvarig", "Klart"],
        ["Genomföra utbildningen EU-kunskap två gånger per år", "Internationella samordnaren", "Mars och oktober varje år"],
        ["Föra in internationellt arbete i introduktionen för nya chefer", "HR-avdelningen", "Hösten 2026"],
        ["Ge ut Omvärldsbrevet fyra gånger per år", "Internationella samordnaren", "Löpande"],
        ["Se över intranätets sidor om internationellt arbete", "Kommunikationsavdelningen", "30 september 2026"],
    ]),
    ("h1", "Område 3: Vänorter och partnerskap"),
    ("p", "Vänortsarbetet ska enligt policyn utvecklas mot ökat erfarenhetsutbyte och ett mer projektorienterat "
          "arbetssätt. Under perioden står Alingsås som värd för vänortsmötet i den nordiska vänortskedjan."),
    ("table", [
        ["Aktivitet", "Ansvarig", "Klart"],
        ["Planera och genomföra vänortsmötet i Alingsås 2027", "Kultur- och fritidsförvaltningen", "Juni 2027"],
        ["Söka CERV-medel för vänortsmötet", "Vänortsansvarig", "18 september 2026"],
        ["Ansöka om en andra projektfas i partnerskapet med Moshi", "Internationella samordnaren", "1 oktober 2026"],
        ["Utvärdera solidaritetspartnerskapet med Zhovkva", "Kommunledningskontoret", "31 december 2026"],
    ]),
    ("p", "Utvärderingen av partnerskapet med Zhovkva ska ge underlag för ett beslut om samarbetet ska fortsätta "
          "efter 2027 och i så fall hur det ska finansieras."),
    ("h1", "Område 4: Unga och skola"),
    ("p", "Internationella erfarenheter ska inte vara förbehållna de elever och ungdomar vars familjer har råd "
          "att resa. Därför prioriteras unga med färre möjligheter i alla aktiviteter inom området."),
    ("table", [
        ["Aktivitet", "Ansvarig", "Klart"],
        ["Ta in minst två nya skolor i Erasmus+-konsortiet", "Barn- och ungdomsförvaltningen", "Inför läsåret 2027/28"],
        ["Vara värd för minst ett ungdomsutbyte per år", "Ungdomssamordnaren", "Löpande"],
        ["Hålla informationskvällar om DiscoverEU inför varje ansökningsomgång", "Ungdomssamordnaren", "Löpande"],
        ["Undersöka en Erasmusackreditering för ungdomsverksamheten", "Kultur- och fritidsförvaltningen", "31 december 2027"],
    ]),
    ("h1", "Indikatorer"),
    ("p", "Följande indikatorer används för att följa upp handlingsplanen:"),
    ("bullets", [
        "antal ansökningar om EU-medel per år, med målet minst tre",
        "antal Erasmus+-mobiliteter per år, med målet minst 180",
        "andel förvaltningar som registrerar sina aktiviteter i aktivitetsloggen, med målet 100 procent",
        "antal deltagare i utbildningen EU-kunskap per år, med målet minst 40",
        "antal unga från Alingsås som deltar i ungdomsutbyten per år, med målet minst 30",
    ]),
    ("h1", "Resurser"),
    ("p", "Handlingsplanen genomförs inom ramen för befintliga budgetar. Den centrala budgeten för internationellt "
          "arbete är 1,25 miljoner kronor för 2026, exklusive medfinansieringspotten. Aktiviteter som kräver "
          "extra resurser ska i första hand finansieras med externa medel."),
    ("h1", "Uppföljning och revidering"),
    ("p", "Handlingsplanen följs upp i den årliga uppföljningen av det internationella arbetet, som behandlas av "
          "kommunstyrelsen varje vår. Handlingsplanen gäller i två år och ska ersättas av en ny plan från den 1 "
          "januari 2028. Om den internationella policyn revideras under perioden ska handlingsplanen ses över."),
]


# ---------------------------------------------------------------------------------------------
# 8. Projektbeskrivning Cirkulära Alingsås (Swedish, .pdf)
# ---------------------------------------------------------------------------------------------
CIRKULARA = [
    ("title", "Cirkulära Alingsås – projektbeskrivning"),
    ("p", "Ett projekt inom Interreg Öresund-Kattegat-Skagerrak. Sammanfattning för kommunens verksamheter, "
          "samhällsbyggnadsförvaltningen, reviderad januari 2026."),
    ("h1", "Om projektet"),
    ("p", "Cirkulära Alingsås är den svenska delen av det skandinaviska projektet Circular Towns, där mindre "
          "kommuner i Sverige, Danmark och Norge utvecklar arbetssätt för att minska avfallet och ta vara på "
          "resurser lokalt. Projektet pågår från den 1 september 2024 till den 31 augusti 2027."),
    ("p", "Projektet har fem partner från tre länder. Huvudpartner är Næstved Kommune i Danmark. Övriga partner "
          "är Alingsås kommun, Kongsberg kommune i Norge, Högskolan i Borås och Roskilde Universitet. Två av "
          "partnerna är alltså kommuner i den nordiska vänortskedjan."),
    ("h2", "Bakgrund"),
    ("p", "Mindre kommuner har ofta svårt att driva utvecklingsarbete om cirkulär ekonomi på egen hand, eftersom "
          "de saknar specialister och har små volymer. Genom att samarbeta över gränsen kan kommunerna dela "
          "kunskap, ta fram gemensamma verktyg och jämföra resultat. Idén till projektet kom från ett vänortsmöte, "
          "där avfallsfrågor diskuterades av tjänstepersoner från Alingsås, Næstved och Kongsberg."),
    ("p", "Projektet bygger också på kommunens avfallsplan, som säger att mängden avfall ska minska och att "
          "återbruk ska prioriteras framför återvinning."),
    ("h1", "Mål"),
    ("bullets", [
        "Mängden hushållsavfall i pilotområdet ska minska med 10 procent till projektets slut, jämfört med 2023.",
        "En återbrukshall ska öppnas vid återvinningscentralen Sävelund.",
        "Minst fem upphandlingar i kommunen ska innehålla krav på återbruk eller återvunnet material.",
        "Alla grundskolor i Alingsås ska erbjudas ett undervisningsmaterial om cirkulär ekonomi.",
    ]),
    ("h1", "Arbetspaket"),
    ("p", "Projektet är indelat i fem arbetspaket. Alingsås leder arbetspaket 3 om cirkulär upphandling."),
    ("numbered", [
        "Projektledning och samordning, lett av Næstved Kommune.",
        "Återbruk i praktiken: pilotprojekt med återbrukshallar i alla tre länderna.",
        "Cirkulär upphandling: gemensamma kravmallar och utbildning för upphandlare, lett av Alingsås kommun.",
        "Skolor och unga: undervisningsmaterial och en gemensam ungdomskonferens.",
        "Spridning och kommunikation: webbplats, seminarier och en slutkonferens i Kongsberg 2027.",
    ]),
    ("h1", "Budget"),
    ("p", "Projektets totala budget är 2,1 miljoner euro, varav EU-stödet är 60 procent. Alingsås kommuns del av "
          "budgeten är 4,2 miljoner kronor för hela projektperioden. Av dem täcks 2,52 miljoner kronor av "
          "EU-stöd och 1,68 miljoner kronor av kommunens egen medfinansiering."),
    ("p", "Kommunens medfinansiering består huvudsakligen av arbetstid. Den kontanta delen, 150 000 kr per år, "
          "kommer från den centrala medfinansieringspotten."),
    ("table", [
        ["Kostnadsslag", "Alingsås budget, kr"],
        ["Personal", "2 650 000"],
        ["Kontor och administration (15 procent)", "397 500"],
        ["Resor och logi", "280 000"],
        ["Externa tjänster", "622 500"],
        ["Utrustning", "250 000"],
        ["Summa", "4 200 000"],
    ]),
    ("h1", "Organisation"),
    ("p", "Projektledare i Alingsås är Lina Carlsson, miljöstrateg på samhällsbyggnadsförvaltningen. Hon arbetar "
          "50 procent i projektet. Därutöver arbetar en upphandlare 20 procent och en kommunikatör 10 procent i "
          "projektet."),
    ("p", "Den lokala styrgruppen består av samhällsbyggnadschefen, som är ordförande, avfallschefen, "
          "upphandlingschefen och EU-projektstrategen. Styrgruppen träffas fyra gånger per år. Den gemensamma "
          "styrgruppen för hela projektet, med en representant från varje partner, träffas två gånger per år, "
          "växelvis i de tre länderna."),
    ("h1", "Rapportering"),
    ("p", "Næstved Kommune rapporterar till programmet för hela partnerskapet två gånger per år. Alingsås "
          "lämnar sina kostnader till huvudpartnern senast sex veckor efter varje rapportperiod, efter att de "
          "har granskats av en förstanivåkontrollant. Lägesrapporter till kommunens EU-projektstrateg lämnas "
          "enligt kommunens rutin."),
    ("h1", "Kommunikation"),
    ("p", "Projektet har en gemensam webbplats på engelska och en svensk sida på kommunens webbplats. Alla "
          "trycksaker och presentationer ska visa EU-emblemet och programmets logotyp. Resultaten sprids också "
          "genom Avfall Sveriges nätverk och genom de nordiska vänorterna."),
    ("h1", "Resultat hittills"),
    ("p", "Under det första projektåret har en gemensam kravmall för cirkulär upphandling av möbler tagits fram "
          "och använts i två upphandlingar i Alingsås. Arbetet med återbrukshallen har försenats, eftersom "
          "bygglovet tog längre tid än beräknat. Hallen beräknas öppna under våren 2026."),
    ("p", "Projektet presenterades på Interreg-programmets årskonferens i Göteborg i november 2025."),
]


# ---------------------------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------------------------

def write_docx(blocks, path: Path, *, subject: str = "") -> Path:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = "Alingsås kommun"
    d.core_properties.subject = subject
    for kind, value in blocks:
        if kind == "title":
            d.core_properties.title = value
            d.add_heading(value, level=0)
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(value, level=int(kind[1]))
        elif kind == "bullets":
            for item in value:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in value:
                d.add_paragraph(item, style="List Number")
        elif kind == "table":
            table = d.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for r, row in enumerate(value):
                for c, text in enumerate(row):
                    cell = table.rows[r].cells[c]
                    cell.text = text
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif kind == "note":
            run = d.add_paragraph().add_run(value)
            run.font.size = Pt(8)
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            d.add_paragraph(value)
    d.save(str(path))
    return path


def write_pdf(blocks, path: Path, *, running_header: str, page_word: str = "Page") -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    styles = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=12, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4),
        "h3": ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7),
        "item": ParagraphStyle("item", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=2),
        "note": ParagraphStyle("note", fontName="Helvetica", fontSize=8, leading=10, spaceAfter=6),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=10, leading=12.5),
    }

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, running_header)
        canvas.drawString(A4[0] / 2 - 12, 30, f"{page_word} {doc.page}")
        canvas.restoreState()

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story = []
    for kind, value in blocks:
        if kind == "bullets":
            story += [Paragraph("\u2013 " + esc(item), styles["item"]) for item in value]
            story.append(Spacer(1, 6))
        elif kind == "numbered":
            story += [Paragraph(f"{n}. " + esc(item), styles["item"]) for n, item in enumerate(value, 1)]
            story.append(Spacer(1, 6))
        elif kind == "table":
            data = [[Paragraph(esc(c), styles["cell"]) for c in row] for row in value]
            table = Table(data, hAlign="LEFT", repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story += [table, Spacer(1, 10)]
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            story.append(Paragraph(esc(value), styles[kind]))
    title = next(v for k, v in blocks if k == "title")
    SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Alingsås kommun",
                      topMargin=70, bottomMargin=60).build(
        story, onFirstPage=header_footer, onLaterPages=header_footer)
    return path


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    write_docx(ERASMUS_SKOLA, out / "erasmus-skola-och-vuxenutbildning.docx", subject="Erasmus+")
    write_docx(ERASMUS_YOUTH, out / "erasmus-youth-exchanges.docx", subject="Erasmus+ Youth")
    write_docx(JOBBSKUGGNING, out / "jobbskuggning-utomlands.docx", subject="Kompetensutveckling")
    write_docx(HANDLINGSPLAN, out / "handlingsplan-internationellt-arbete-2026-2027.docx", subject="Styrdokument")
    write_pdf(TRAVEL, out / "international-business-travel-guidelines.pdf",
              running_header="Alingsås Municipality – Guidelines for International Business Travel")
    write_pdf(EU_PROJEKTMEDEL, out / "att-soka-eu-projektmedel.pdf",
              running_header="Alingsås kommun – Rutin: Att söka EU-projektmedel", page_word="Sida")
    write_pdf(CIRKULARA, out / "cirkulara-alingsas-projektbeskrivning.pdf",
              running_header="Cirkulära Alingsås – Interreg Öresund-Kattegat-Skagerrak", page_word="Sida")
    write_pdf(NETWORKS, out / "alingsas-european-networks.pdf",
              running_header="Alingsås Municipality – Information sheet, February 2026")
    for p in sorted(out.iterdir()):
        if p.suffix in (".docx", ".pdf"):
            print(p.relative_to(HERE))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
