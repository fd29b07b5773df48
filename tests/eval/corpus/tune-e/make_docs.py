"""Writes the Word and PDF documents of evaluation part tune-e into ./knowledge/.

FICTIONAL TEST CONTENT: texts about Alingsås kommun's international work written for an evaluation
corpus. People, phone numbers, internal rules, projects and many amounts are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-e/make_docs.py

Block kinds: ("title", t), ("h1", t), ("h2", t), ("p", t), ("list", [..]), ("olist", [..]),
("table", [[header], [row], ...]), ("pagebreak", None).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ------------------------------------------------------------------------------------------
# LIFE-projektet om våtmarker i Säveåns avrinningsområde (svenska, pdf)
# ------------------------------------------------------------------------------------------
LIFE = [
    ("title", "LIFE Säveå Våtmarker – projektbeskrivning och intern vägledning"),
    ("p", "Samhällsbyggnadsförvaltningen, Alingsås kommun. Version 2.1, fastställd av "
          "samhällsbyggnadschefen 2026-08-20. Dokumentet beskriver EU-programmet LIFE, kommunens "
          "våtmarksprojekt och vad som gäller för förvaltningar, markägare och föreningar som deltar."),
    ("h1", "1. Sammanfattning"),
    ("p", "LIFE Säveå Våtmarker är ett femårigt projekt som ska återskapa och restaurera våtmarker i "
          "Säveåns avrinningsområde mellan Mjörn och Sävelången. Projektet pågår från den 1 september 2026 "
          "till den 31 augusti 2031. Målet är att minska översvämningsrisken i centrala Alingsås, "
          "minska näringsläckaget till Mjörn och ge livsmiljöer åt groddjur, vadare och sländor."),
    ("p", "Projektet omfattar fyra våtmarksområden med en sammanlagd yta på 38 hektar. Den största "
          "våtmarken, Kvarnbäcksmaden, är 17 hektar. Arbetet finansieras av EU:s program LIFE, kommunen och "
          "projektets partner."),
    ("h1", "2. Vad är LIFE?"),
    ("p", "LIFE är EU:s enda program som är helt inriktat på miljö och klimat. Programmet har funnits sedan "
          "1992 och har under programperioden 2021–2027 en budget på 5,4 miljarder euro. Det förvaltas av "
          "Europeiska kommissionen genom genomförandeorganet CINEA."),
    ("p", "LIFE är indelat i fyra delprogram:"),
    ("list", ["Natur och biologisk mångfald",
              "Cirkulär ekonomi och livskvalitet",
              "Begränsning av och anpassning till klimatförändringar",
              "Omställning till ren energi"]),
    ("p", "Vårt projekt är ett så kallat standardprojekt (Standard Action Project, SAP) inom delprogrammet "
          "Natur och biologisk mångfald, med en tydlig koppling till klimatanpassning. Standardprojekt ska "
          "pröva, visa eller sprida metoder som andra kan använda. Strategiska naturprojekt (SNAP) är en "
          "annan och betydligt större projekttyp som drivs av myndigheter på nationell nivå; kommunen "
          "deltar inte i något sådant projekt."),
    ("h2", "Medfinansiering från EU"),
    ("p", "I standardprojekt täcker EU högst 60 procent av de stödberättigande kostnaderna. För insatser som "
          "gäller prioriterade livsmiljöer eller arter enligt art- och habitatdirektivet kan andelen vara "
          "upp till 75 procent. Vårt projekt har beviljats 60 procent, eftersom bara en mindre del av "
          "åtgärderna avser prioriterade livsmiljöer."),
    ("p", "Mervärdesskatt är inte stödberättigande för kommunen, eftersom kommunen får tillbaka momsen "
          "genom det kommunala momskompensationssystemet. Budgeten är därför beräknad utan moms."),
    ("h1", "3. Budget"),
    ("p", "Projektets totala budget är EUR 4 000 000. EU:s bidrag är 2 400 000 euro. Resten finansieras av "
          "stödmottagarna själva och av medfinansiärer. Tabellen visar fördelningen mellan parterna."),
    ("table", [["Part", "Roll", "Budget (euro)", "Varav eget bidrag"],
               ["Alingsås kommun", "Samordnande stödmottagare", "2 150 000", "860 000"],
               ["Lerums kommun", "Stödmottagare", "780 000", "312 000"],
               ["Länsstyrelsen i Västra Götalands län", "Stödmottagare", "690 000", "276 000"],
               ["Hushållningssällskapet Väst", "Stödmottagare", "380 000", "152 000"]]),
    ("p", "Alingsås kommuns egna bidrag på 860 000 euro motsvarar ungefär 9,5 miljoner kronor under fem år. "
          "Omkring 40 procent av det egna bidraget består av arbetstid för kommunens personal. Kommunen "
          "avsätter dessutom 1,5 miljoner kronor per år i likviditet, eftersom EU betalar ut bidraget i "
          "omgångar och kommunen lägger ut pengar i väntan på utbetalningarna."),
    ("p", "Havs- och vattenmyndigheten bidrar med en medfinansiering på 2,1 miljoner kronor genom "
          "bidraget för lokala vattenvårdsprojekt (LOVA). Den medfinansieringen ingår i Alingsås kommuns "
          "egna bidrag i tabellen."),
    ("h1", "4. Projektets parter och organisation"),
    ("p", "Alingsås kommun är samordnande stödmottagare och har ett bidragsavtal (Grant Agreement) med "
          "CINEA. Avtalet undertecknades den 24 juni 2026. Projektet har tre stödmottagare utöver kommunen: "
          "Lerums kommun, Länsstyrelsen i Västra Götalands län och Hushållningssällskapet Väst. Parterna har "
          "ett partnerskapsavtal som reglerar ansvar, rapportering och hur bidraget fördelas."),
    ("p", "Projektledare är Karin Wennberg, ekolog på samhällsbyggnadsförvaltningen. Hon ansvarar för den "
          "löpande kontakten med CINEA och med den externa monitor som kommissionen har utsett. "
          "Projektekonom är Ali Rezaei på ekonomiavdelningen."),
    ("p", "Projektet leds av en styrgrupp med sju ledamöter. Samhällsbyggnadschefen i Alingsås är "
          "ordförande. Styrgruppen sammanträder fyra gånger per år och fattar beslut om ändringar i "
          "tidplan och budget inom ramen för bidragsavtalet. Ändringar som kräver ett tillägg till "
          "bidragsavtalet (amendment) beslutas av kommunstyrelsen."),
    ("p", "Till projektet finns också en referensgrupp med markägare, fiskevårdsområdesföreningen, "
          "naturskyddsföreningen och hembygdsföreningar. Referensgruppen har inga beslutsbefogenheter."),
    ("h1", "5. Våtmarksområdena"),
    ("table", [["Område", "Yta", "Huvudsaklig åtgärd", "Planerad anläggning"],
               ["Kvarnbäcksmaden", "17 hektar", "Dämning av diken och ny översvämningsyta", "2027–2028"],
               ["Hjälmhultsängen", "9 hektar", "Återmeandring av bäck", "2028"],
               ["Lövekullemossen", "7 hektar", "Igenläggning av diken i torvmark", "2028–2029"],
               ["Sävelångens strandäng", "5 hektar", "Slåtter, bete och grunda dammar", "2029"]]),
    ("p", "Kvarnbäcksmaden ligger på kommunal mark. De tre övriga områdena ligger helt eller delvis på "
          "privat mark, och där krävs avtal med markägarna innan arbetet kan börja."),
    ("h1", "6. Avtal med markägare"),
    ("p", "Markägare som upplåter mark till projektet tecknar ett avtal om nyttjanderätt eller ett "
          "servitut. Avtalet ska gälla i minst 30 år, eftersom LIFE kräver att resultaten består långt "
          "efter projektslut. Markägaren får en engångsersättning för intrånget som bestäms efter "
          "värdering av en oberoende värderingsman."),
    ("p", "Markägaren behåller äganderätten och jakträtten. Bete och slåtter får fortsätta om det sker "
          "enligt den skötselplan som tas fram för varje område. Markägaren får inte plantera skog, "
          "dika eller gödsla inom våtmarksområdet under avtalstiden."),
    ("h1", "7. Tidplan"),
    ("p", "Projektet följer en tidplan i fem faser. De viktigaste milstolparna är:"),
    ("list", ["Start och rekrytering: september 2026",
              "Markägaravtal och tillstånd för vattenverksamhet klara: senast 31 december 2027",
              "Anläggning av våtmarkerna: 2027–2029",
              "Lägesrapport (progress report) till CINEA: senast den 31 maj 2029",
              "Uppföljning av vattenkvalitet och fågelliv: 2029–2031",
              "Projektslut: 31 augusti 2031"]),
    ("p", "Slutrapporten ska lämnas till CINEA senast 60 dagar efter projektslut. Kommunen ska därefter "
          "spara alla underlag, till exempel fakturor och tidrapporter, i minst fem år efter sista "
          "utbetalningen."),
    ("h1", "8. Tidrapportering"),
    ("p", "All personal som arbetar i projektet ska tidrapportera. Lönekostnader får bara tas upp i "
          "projektet om arbetstiden är dokumenterad. Tidrapporten ska visa datum, antal timmar och vilken "
          "arbetsuppgift (work package) tiden avser."),
    ("olist", ["Fyll i projektets tidrapportmall varje vecka.",
               "Skriv under tidrapporten i slutet av varje månad.",
               "Lämna den till din närmaste chef, som attesterar den.",
               "Chefen skickar den attesterade rapporten till projektekonomen senast den femte vardagen i "
               "följande månad."]),
    ("p", "Personal som arbetar heltid i projektet behöver inte redovisa timmar per dag, men måste lämna "
          "ett månadsintyg om att hela arbetstiden har gått till projektet."),
    ("h1", "9. Kommunikation och allmänheten"),
    ("p", "Allt kommunikationsmaterial ska ha EU-flaggan och texten \"Samfinansieras av Europeiska "
          "unionen\". Informationsskyltar ska sättas upp vid varje våtmark senast när anläggningsarbetet "
          "börjar. Kommunens kommunikationsavdelning gör skyltarna."),
    ("p", "Våtmarkerna blir tillgängliga för allmänheten med spångar och ett fågeltorn vid "
          "Kvarnbäcksmaden. Under häckningstiden, från den 1 april till den 15 juli, får allmänheten inte "
          "beträda de skyddade öarna och strandzonerna. Hundar ska alltid vara kopplade i "
          "våtmarksområdena."),
    ("h1", "10. Skolor och föreningar"),
    ("p", "Skolklasser i årskurs 4–9 erbjuds guidade besök med projektets naturvägledare. Besöken är "
          "kostnadsfria och bokas via projektets webbsida. Föreningar kan söka ett mindre bidrag för "
          "egna aktiviteter i våtmarkerna, till exempel inventeringar av fåglar eller grodor. Bidraget är "
          "högst 10 000 kr per förening och år och finansieras av kommunens del av budgeten."),
    ("h1", "11. Beslut och förankring"),
    ("p", "Kommunstyrelsen beslutade den 3 september 2025 (§ 142) att kommunen skulle söka LIFE-bidrag och "
          "garantera kommunens medfinansiering. Ansökan lämnades in den 17 september 2025. CINEA meddelade "
          "i april 2026 att projektet beviljats."),
]

# ------------------------------------------------------------------------------------------
# Europadagen 9 maj 2027 (svenska, pdf)
# ------------------------------------------------------------------------------------------
EUROPADAGEN = [
    ("title", "Europadagen i Alingsås 2027 – program, ansvar och villkor för utställare"),
    ("p", "Planeringsunderlag från kommunledningskontoret, 2026-11-10. Underlaget har tagits fram av "
          "arbetsgruppen för Europadagen och gäller firandet lördagen den 8 maj 2027."),
    ("h1", "Bakgrund"),
    ("p", "Europadagen firas den 9 maj till minne av Schumandeklarationen 1950, som lade grunden till det "
          "som i dag är Europeiska unionen. Eftersom den 9 maj 2027 är en söndag firar Alingsås "
          "Europadagen på lördagen den 8 maj 2027, mellan klockan 11 och 16 på Stora torget."),
    ("p", "Syftet är att visa invånarna vad EU-samarbetet betyder lokalt: projekt som kommunen deltar i, "
          "föreningar med internationella kontakter och möjligheter för unga att studera, arbeta och "
          "engagera sig i Europa. Evenemanget arrangeras tillsammans med Europa Direkt Västsverige."),
    ("h1", "Program"),
    ("table", [["Tid", "Programpunkt", "Plats"],
               ["11.00", "Invigning med kommunfullmäktiges ordförande", "Scenen, Stora torget"],
               ["11.30", "Europaquiz för skolklasser (final)", "Scenen, Stora torget"],
               ["12.30", "Folkdans från vänorterna", "Stora torget"],
               ["13.30", "Samtal: Vad gör EU för Alingsås?", "Stadsbiblioteket, hörsalen"],
               ["14.30", "Guidad vandring till våtmarken Kvarnbäcksmaden", "Samling vid busshållplatsen Kvarnbäcken"],
               ["15.30", "Prisutdelning och avslutning", "Scenen, Stora torget"]]),
    ("p", "Hela dagen finns utställarnas tält på torget, ansiktsmålning för barn och en stafett med "
          "frågor om Europas länder."),
    ("h2", "Regnprogram"),
    ("p", "Vid kraftigt regn flyttas invigningen, quizfinalen och prisutdelningen till Estraden i "
          "Nolhaga. Beslut om regnprogram fattas av projektledaren senast klockan 8 samma morgon och "
          "meddelas på kommunens webbplats och i sociala medier."),
    ("h1", "Europaquizet för skolor"),
    ("p", "Alla skolor i kommunen med årskurs 6 kan anmäla en klass till Europaquizet. Kvalet görs "
          "digitalt i skolorna under vecka 16. De fyra klasser som får flest poäng i kvalet går till "
          "finalen på Europadagen. Den vinnande klassen får 5 000 kr till klasskassan och en "
          "studieresa till riksdagens EU-information i Stockholm."),
    ("p", "Anmälan till quizet görs av klassens lärare senast den 1 mars 2027."),
    ("h1", "Utställare"),
    ("p", "Föreningar, studieförbund, skolor och kommunala verksamheter med internationell anknytning kan "
          "ställa ut. Det kostar inget att ställa ut. Kommunen lånar ut ett tält på 3 × 3 meter, ett bord "
          "och två stolar till varje utställare. Företag får inte ställa ut eller sälja varor."),
    ("p", "Det finns plats för högst tolv utställare. Om fler anmäler sig prioriteras föreningar som är "
          "verksamma i Alingsås och som har ett pågående samarbete med en organisation i ett annat "
          "europeiskt land."),
    ("h2", "Så anmäler ni er som utställare"),
    ("olist", ["Fyll i anmälningsformuläret på kommunens webbplats under Europadagen 2027.",
               "Beskriv kort vad ni vill visa och om ni behöver el i tältet.",
               "Skicka anmälan senast den 15 mars 2027.",
               "Besked om plats lämnas senast den 2 april 2027.",
               "Utställare ska vara på plats och ha byggt klart senast klockan 10.30 på Europadagen."]),
    ("p", "Utställare får dela ut mat och dryck som smakprov, men får inte sälja mat. Den som delar ut "
          "oförpackade livsmedel ska ha kontaktat miljö- och hälsoskyddsenheten senast två veckor före "
          "evenemanget."),
    ("h1", "Budget"),
    ("p", "Kommunstyrelsen har avsatt 45 000 kr till Europadagen 2027. Europa Direkt Västsverige bidrar "
          "med material och en föreläsare utan kostnad för kommunen. Budgeten fördelas ungefär så här:"),
    ("table", [["Post", "Belopp"],
               ["Scen, ljud och teknik", "18 000 kr"],
               ["Tält och möbler (hyra)", "9 500 kr"],
               ["Pris till vinnande quizklass", "5 000 kr"],
               ["Marknadsföring och affischer", "7 500 kr"],
               ["Fika till funktionärer", "2 000 kr"],
               ["Buffert", "3 000 kr"]]),
    ("p", "Studieresan för den vinnande klassen betalas inte av Europadagens budget utan av barn- och "
          "ungdomsförvaltningen."),
    ("h1", "Ansvarsfördelning"),
    ("list", ["Projektledare: Elin Sjöberg, kommunikatör på kommunledningskontoret",
              "Quizet: skolutvecklare på barn- och ungdomsförvaltningen",
              "Utställare och tält: kultur- och fritidsförvaltningen",
              "Tillstånd från polisen för användning av offentlig plats: projektledaren",
              "Säkerhet och första hjälpen: två funktionärer med utbildning i hjärt-lungräddning"]),
    ("p", "Tillstånd för att använda offentlig plats söks hos Polismyndigheten senast åtta veckor före "
          "evenemanget."),
    ("h1", "Uppföljning"),
    ("p", "Arbetsgruppen räknar besökare vid två tillfällen under dagen. Utställarna får en kort enkät "
          "efter evenemanget. Projektledaren lämnar en skriftlig utvärdering till kommundirektören senast "
          "den 15 juni 2027."),
]

# ------------------------------------------------------------------------------------------
# CEMR/CCRE and SKR's international work (English, pdf)
# ------------------------------------------------------------------------------------------
CEMR = [
    ("title", "CEMR, SKR and Alingsås: how municipal voices reach Europe"),
    ("p", "Briefing note for managers and elected representatives. Municipal Executive Office, "
          "Alingsås Municipality, 2026-09-14. Written in English so that it can also be shared with "
          "partner municipalities abroad."),
    ("h1", "1. Why this note"),
    ("p", "Most of the EU legislation that affects municipalities is implemented locally: public health, "
          "waste, water, employment and social services. Alingsås is too small to lobby in Brussels on its "
          "own. Instead, the municipality's views reach European decision-makers through two associations: "
          "the Swedish Association of Local Authorities and Regions (SKR, Sveriges Kommuner och Regioner) "
          "and, through SKR, the Council of European Municipalities and Regions (CEMR). This note explains "
          "how these channels work and how staff can use them."),
    ("h1", "2. What is CEMR?"),
    ("p", "CEMR is the largest organisation of local and regional governments in Europe. It was founded in "
          "Geneva in 1951 and has its secretariat in Brussels. In French it is called the Conseil des "
          "Communes et Régions d'Europe (CCRE). Its members are not individual municipalities but national "
          "associations of local and regional governments: some 60 associations from more than 40 "
          "countries, representing around 130,000 local and regional authorities."),
    ("p", "CEMR is also the European section of United Cities and Local Governments (UCLG), the world "
          "organisation of local governments."),
    ("h2", "How CEMR works"),
    ("list", ["The Policy Committee sets CEMR's political positions and meets twice a year.",
              "The Executive Bureau prepares the work of the Policy Committee and takes urgent decisions.",
              "Thematic working groups of experts from the national associations cover areas such as "
              "environment, employment, gender equality and cohesion policy.",
              "The General Assembly, a large congress open to local politicians from all member "
              "countries, is held every three years."]),
    ("p", "CEMR also runs PLATFORMA, a coalition of local and regional governments active in development "
          "cooperation, which receives funding from the European Commission."),
    ("h1", "3. SKR and its international work"),
    ("p", "SKR is an employers' organisation and a member organisation for all 290 municipalities and 21 "
          "regions in Sweden. Alingsås is a member through the ordinary membership fee. There is no "
          "separate fee for CEMR: SKR pays the CEMR membership on behalf of Swedish municipalities and "
          "regions."),
    ("p", "SKR's international work is led by its section for international affairs and EU issues. SKR has "
          "an office in Brussels with five staff, who follow EU legislation from an early stage and "
          "cooperate with the other national associations in CEMR."),
    ("p", "Swedish local politicians are appointed to CEMR's bodies by SKR's board. Sweden has two seats in "
          "CEMR's Policy Committee. Sweden also has 12 members and 12 alternates in the European Committee "
          "of the Regions; they are nominated by SKR and appointed by the Government."),
    ("h2", "SKR's networks open to municipal staff"),
    ("p", "SKR runs several networks where municipal staff meet to discuss EU issues. Participation is free "
          "of charge for member municipalities; only travel costs are paid by the participant's own "
          "department. The networks most relevant for Alingsås are:"),
    ("list", ["The network for EU coordinators, which meets four times a year, twice digitally",
              "The network for international strategists in municipalities and regions",
              "The EU network for environmental and climate issues",
              "The network for municipal twinning and partnership coordinators"]),
    ("p", "Alingsås is represented in the network for EU coordinators by the international coordinator. "
          "Other members of staff who want to join a network register on SKR's website and inform the "
          "international coordinator."),
    ("h1", "4. How to get a municipal issue onto the European agenda"),
    ("p", "If a department finds that a proposal for EU legislation would cause problems in Alingsås, it "
          "should act early, when the Commission consults on a proposal, not when the legislation has "
          "already been adopted. The procedure is as follows:"),
    ("olist", ["Describe the problem briefly: which proposal, what it would mean in practice for Alingsås, "
               "and what change you would want.",
               "Send the description to the international coordinator, who checks whether SKR is already "
               "working on the issue.",
               "The international coordinator forwards the issue to the responsible expert at SKR.",
               "If SKR decides to act, it can raise the issue in CEMR's working groups or respond to the "
               "Commission's consultation itself.",
               "The international coordinator reports back to the department within four weeks."]),
    ("p", "Departments may also respond directly to a public consultation on the Commission's \"Have your "
          "say\" portal. A response in the name of Alingsås Municipality must be approved by the head of "
          "the department concerned, and the international coordinator must receive a copy."),
    ("h1", "5. The European Charter for Equality of Women and Men in Local Life"),
    ("p", "CEMR drew up the European Charter for Equality of Women and Men in Local Life in 2006. More "
          "than 1,900 local and regional governments in 36 countries have signed it. A municipality that "
          "signs the charter commits itself to drawing up an equality action plan within two years of "
          "signing."),
    ("p", "The Municipal Executive Board of Alingsås decided on 13 May 2026 to sign the charter. The "
          "chair of the Municipal Executive Board signed it on 9 June 2026. The equality action plan must "
          "therefore be adopted by 9 June 2028. The Human Resources department leads the work on the "
          "action plan together with the municipality's equality strategist."),
    ("h1", "6. The European Committee of the Regions"),
    ("p", "The European Committee of the Regions (CoR) is an advisory body of the EU, made up of 329 "
          "members who are elected local and regional representatives. It must be consulted on EU "
          "proposals in areas such as transport, environment, education and public health. Alingsås has "
          "no member of its own in the CoR; the Swedish members represent all Swedish municipalities and "
          "regions."),
    ("h1", "7. Costs and time"),
    ("p", "Participation in CEMR events is not financed by a separate budget. If a politician from "
          "Alingsås is appointed to a CEMR body, SKR pays travel and accommodation for the meetings. "
          "Staff attending SKR network meetings charge the costs to their own department."),
    ("p", "The CEMR General Assembly is open to delegates from member associations. The next assembly "
          "takes place in 2027; the registration fee for delegates was EUR 350 at the last assembly. "
          "Alingsås will not send its own delegation unless the Municipal Executive Board decides "
          "otherwise."),
    ("h1", "8. Contacts"),
    ("p", "Questions about CEMR, SKR's networks and EU consultations: the international coordinator at "
          "the Municipal Executive Office. Questions about the equality charter: the HR department."),
]

# ------------------------------------------------------------------------------------------
# eTwinning and school twinning (English, docx)
# ------------------------------------------------------------------------------------------
ETWINNING = [
    ("title", "Europe in the classroom: eTwinning and school partnerships in Alingsås"),
    ("p", "Guidance for head teachers and teachers in compulsory schools and upper secondary schools. "
          "Children and Youth Department, Alingsås Municipality. Adopted by the head of the Children and "
          "Youth Department on 2026-03-02."),
    ("h1", "Purpose"),
    ("p", "This guidance explains how schools in Alingsås can work with schools in other European "
          "countries through eTwinning and through longer school partnerships, what support the "
          "municipality gives, and the rules that apply to virtual exchanges with pupils."),
    ("h1", "What is eTwinning?"),
    ("p", "eTwinning is a community for schools in Europe where teachers and pupils work together on "
          "projects online. It was launched by the European Commission in 2005. Since 2022 it has been part "
          "of the European School Education Platform (ESEP). Registration and all tools are free of charge "
          "for schools."),
    ("p", "Teachers, head teachers and librarians in pre-schools, compulsory schools and upper secondary "
          "schools can register. Pupils cannot register themselves: a teacher adds pupils to a project's "
          "TwinSpace, the closed online workspace of each project."),
    ("p", "In Sweden the national support organisation for eTwinning is the Swedish Council for Higher "
          "Education (Universitets- och högskolerådet, UHR). UHR approves Swedish teachers' registrations, "
          "offers courses and awards the national quality labels."),
    ("h1", "Virtual exchanges"),
    ("p", "A virtual exchange is a project in which classes in different countries meet online, for "
          "example in video calls, shared documents or a joint blog in the TwinSpace. Virtual exchanges are "
          "the first step for most schools: they cost nothing, need no travel and can be done within the "
          "ordinary timetable."),
    ("h2", "Rules for virtual exchanges with pupils"),
    ("list", ["Video calls with partner classes must be held in the municipality's approved video tool for "
              "schools, never in the pupils' or teachers' private accounts.",
              "A teacher from Alingsås must be present during every video call with pupils.",
              "Pupils may not share their home address, phone number or private social media accounts with "
              "pupils at the partner school.",
              "Guardians must be informed in writing before a class starts a virtual exchange.",
              "Recordings of video calls may not be published outside the TwinSpace."]),
    ("p", "Pupils under 13 can take part in TwinSpace projects, because the teacher creates and manages "
          "their accounts."),
    ("h1", "Longer school partnerships"),
    ("p", "A school partnership is a long-term cooperation between a school in Alingsås and a school "
          "abroad, usually with visits in both directions. A partnership should normally start as an "
          "eTwinning project. Before the school commits to exchange visits with pupils, the partnership "
          "must have run for at least one school year as a virtual exchange."),
    ("p", "Three schools in Alingsås currently have long-term partnerships:"),
    ("table", [["School in Alingsås", "Partner school", "Country", "Since"],
               ["Noltorpsskolan", "Szkoła Podstawowa nr 3, Gniezno", "Poland", "2021"],
               ["Ängaboskolan", "Scoil Mhuire, Ennis", "Ireland", "2023"],
               ["Alströmergymnasiet", "Liceo Scientifico Galilei, Pescara", "Italy", "2019"]]),
    ("p", "Stadsskolan ran a partnership with a school in Estonia between 2016 and 2022, which has ended."),
    ("h2", "Who decides"),
    ("p", "The head teacher decides whether the school starts an eTwinning project or a school "
          "partnership. A partnership involving exchange visits with pupils abroad must also be reported to "
          "the head of the Children and Youth Department before any travel is booked. A school "
          "partnership is not a formal twin-town agreement and does not need a political decision."),
    ("h1", "Municipal support"),
    ("p", "The municipality has an eTwinning ambassador, Sofia Lindqvist, who is a teacher of English at "
          "Noltorpsskolan. The ambassador gives a two-hour introduction for new teachers twice a year, "
          "helps teachers find partner schools, and answers questions about the TwinSpace. Ambassador "
          "work is part of her employment for 10 percent of full time."),
    ("p", "Each class that runs a virtual exchange can receive a grant of SEK 3,500 per school year for "
          "materials, postage for letter and parcel exchanges and small costs for joint events. The "
          "grant is applied for by the teacher on the department's form and approved by the head teacher. "
          "It may not be used for travel."),
    ("p", "Teachers who coordinate an eTwinning project may be given up to 20 hours per school year for "
          "planning, in addition to their ordinary teaching time, if the head teacher approves it."),
    ("h1", "Quality labels"),
    ("p", "Projects can apply for a National Quality Label, awarded by UHR. Projects that have received "
          "the national label in at least two countries can later receive a European Quality Label. "
          "Schools that have run successful projects over several years can apply to become an eTwinning "
          "School."),
    ("p", "Teachers who intend to apply for a National Quality Label must inform the head teacher and the "
          "eTwinning ambassador by 1 October 2026, so that the ambassador can read the application "
          "before it is sent."),
    ("h1", "Getting started: step by step"),
    ("olist", ["Discuss the idea with your head teacher.",
               "Register on the European School Education Platform with your work e-mail address.",
               "Wait for UHR to validate your registration; this usually takes a few working days.",
               "Search for a partner in the partner-finding forums, or ask the eTwinning ambassador.",
               "Agree on a project plan with the partner teacher and create the project; both founding "
               "teachers must accept it.",
               "Inform the guardians in writing and add your pupils to the TwinSpace."]),
    ("h1", "Evaluation"),
    ("p", "At the end of each school year, teachers report their eTwinning projects in the school's "
          "systematic quality work. The eTwinning ambassador compiles a summary for the Children and "
          "Youth Department by 30 June each year."),
]

# ------------------------------------------------------------------------------------------
# Bredband och digital delaktighet för seniorer (svenska, docx)
# ------------------------------------------------------------------------------------------
BREDBAND = [
    ("title", "Bredband på landsbygden och digital delaktighet för seniorer"),
    ("p", "Projektbeskrivning och lägesrapport. Kommunledningskontoret i samarbete med vård- och "
          "omsorgsförvaltningen och biblioteket. Reviderad 2026-10-05."),
    ("h1", "Inledning"),
    ("p", "Alingsås kommun arbetar sedan 2023 i ett samlat projekt med två delar: utbyggnad av bredband "
          "till hushåll och företag på landsbygden, och stöd till äldre invånare som vill lära sig använda "
          "digitala tjänster. Projektet kallas \"Uppkopplade Alingsås\". Utbyggnaden av fiber delfinansieras "
          "av EU, medan stödet till seniorer finansieras av kommunen."),
    ("h1", "Del 1: Bredbandsutbyggnad"),
    ("h2", "Finansiering"),
    ("p", "Post- och telestyrelsen (PTS) har beviljat stöd till utbyggnad av fiber i kommunens norra och "
          "västra delar. Stödet finansieras av EU:s facilitet för återhämtning och resiliens (RRF), som "
          "är en del av återhämtningspaketet NextGenerationEU. Stödet betalas inte ut till kommunen utan "
          "till den nätoperatör som bygger nätet."),
    ("p", "Det beviljade stödet till utbyggnaden i Alingsås är 26,4 miljoner kronor. Kommunen bidrar inte "
          "med pengar till själva utbyggnaden, men står för samordning, markupplåtelse och information "
          "till invånarna."),
    ("h2", "Områden och antal hushåll"),
    ("table", [["Område", "Antal hushåll och företag", "Beräknad färdigställning"],
               ["Hemsjö", "312", "Hösten 2026"],
               ["Ingared och Bälinge", "428", "Våren 2027"],
               ["Långared", "196", "Hösten 2027"],
               ["Magra", "143", "Våren 2027"]]),
    ("p", "Totalt kan 1 079 hushåll och företag få fiber genom projektet."),
    ("h2", "Vad kostar anslutningen för hushållen?"),
    ("p", "Ett hushåll som beställer anslutning under erbjudandeperioden betalar en anslutningsavgift på "
          "19 900 kr till nätoperatören. Beställer man efter att erbjudandeperioden har gått ut blir "
          "avgiften högre, normalt minst 35 000 kr. Grävning på den egna tomten ingår i "
          "anslutningsavgiften om sträckan är högst 50 meter."),
    ("p", "Kommunen tar inte ut någon avgift av hushållen och kan inte ge bidrag till anslutningen. "
          "Hushåll som behöver ekonomiskt stöd hänvisas till socialtjänstens ordinarie handläggning."),
    ("h2", "Markupplåtelse"),
    ("p", "När ledningar ska grävas ner i kommunal mark tecknar nätoperatören ett markavtal med "
          "samhällsbyggnadsförvaltningen. Markavtalet är kostnadsfritt för fiber som byggs med PTS-stöd. "
          "Grävningen får inte påbörjas förrän ledningsanvisning har gjorts."),
    ("h1", "Del 2: Digital delaktighet för seniorer"),
    ("p", "Ungefär var tionde person över 65 år i Sverige använder inte internet. Många äldre som får "
          "fiber vill också lära sig använda e-legitimation, videosamtal och digitala tjänster från "
          "vården. Därför erbjuder kommunen ett stödprogram för seniorer i hela kommunen, inte bara i de "
          "områden som får fiber."),
    ("h2", "Det här erbjuder vi"),
    ("list", ["Digitalt fika: drop-in varje tisdag klockan 10–12 på stadsbiblioteket och första torsdagen "
              "i månaden i Sollebrunns bibliotek",
              "Kurser i grupp om fyra träffar för högst åtta deltagare",
              "Lån av surfplatta i upp till fyra veckor",
              "Hembesök av en digital ambassadör för den som inte kan ta sig till biblioteket",
              "Tryckt lathund med stor text om videosamtal och e-tjänster"]),
    ("p", "Allt stöd till seniorer är kostnadsfritt. Kurserna och lånen av surfplattor bokas via "
          "kommunens kontaktcenter. Till digitalt fika behöver man inte anmäla sig."),
    ("h2", "Digitala ambassadörer"),
    ("p", "Digitala ambassadörer är volontärer, ofta själva pensionärer, som har gått kommunens "
          "utbildning på tre halvdagar. Ambassadörerna får ingen lön, men kommunen betalar deras resor "
          "med kollektivtrafik vid hembesök och bjuder på fika vid träffarna. I oktober 2026 fanns 23 "
          "aktiva ambassadörer."),
    ("p", "Ambassadörer och kommunens personal får inte logga in åt en senior med dennes "
          "e-legitimation, och får aldrig fråga efter eller anteckna koder eller lösenord. De ska i stället "
          "visa hur seniorn själv gör."),
    ("h2", "Mål och uppföljning"),
    ("p", "Målet är att 400 seniorer ska ha deltagit i minst en aktivitet till och med december 2027. Till "
          "och med september 2026 hade 241 personer deltagit. Deltagarna får en kort enkät efter kursen."),
    ("h1", "Organisation"),
    ("p", "Projektägare är kommunledningskontoret. Projektledare för hela projektet är Per Nyström, "
          "digitaliseringsstrateg. Seniordelen drivs av biblioteket tillsammans med vård- och "
          "omsorgsförvaltningens anhörigstöd. Samordnare för de digitala ambassadörerna är Lisa "
          "Carlberg på stadsbiblioteket."),
    ("p", "En styrgrupp med representanter för kommunledningskontoret, samhällsbyggnadsförvaltningen, "
          "vård- och omsorgsförvaltningen och kultur- och fritidsförvaltningen träffas varannan månad."),
    ("h1", "Budget för seniordelen"),
    ("p", "Kommunstyrelsen har beviljat 620 000 kr per år för seniordelen under 2026 och 2027. Pengarna "
          "går till samordnarens tjänst på halvtid, inköp av 30 surfplattor, tryckt material och "
          "ambassadörernas resor."),
    ("h1", "Frågor från invånare"),
    ("p", "Frågor om när fibern kommer till en viss fastighet besvaras av nätoperatören, inte av "
          "kommunen. Frågor om seniorstödet besvaras av kontaktcenter eller biblioteket."),
]

# ------------------------------------------------------------------------------------------
# Riktlinjer för avsiktsförklaringar med utländska kommuner (svenska, docx)
# ------------------------------------------------------------------------------------------
AVSIKT = [
    ("title", "Riktlinjer för avsiktsförklaringar och samarbetsavtal med utländska kommuner och regioner"),
    ("p", "Antagna av kommunstyrelsen 2026-04-15, § 61. Gäller från och med 2026-05-01. Ansvarig för "
          "riktlinjerna är kommunledningskontoret."),
    ("h1", "1. Syfte och tillämpning"),
    ("p", "Riktlinjerna beskriver hur Alingsås kommun ingår skriftliga överenskommelser om samarbete med "
          "kommuner, regioner och offentliga organisationer i andra länder. De gäller för alla nämnder och "
          "förvaltningar. Kommunens bolag rekommenderas att följa riktlinjerna."),
    ("p", "Riktlinjerna gäller inte vänortsavtal. Nya formella vänorter beslutas av kommunfullmäktige "
          "enligt den internationella policyn. De gäller inte heller avtal om köp av varor eller tjänster "
          "eller bidragsavtal med EU:s organ, som följer andra regler."),
    ("h1", "2. Begrepp"),
    ("p", "En avsiktsförklaring (på engelska Memorandum of Understanding, MoU, eller Letter of Intent) är "
          "ett skriftligt dokument där parterna beskriver att de vill samarbeta och inom vilka områden. En "
          "avsiktsförklaring är inte juridiskt bindande och får inte innehålla ekonomiska åtaganden."),
    ("p", "Ett samarbetsavtal är en överenskommelse som är bindande för parterna och som reglerar vem som "
          "gör vad, tidsram, kostnader och hur samarbetet avslutas. Ett samarbetsavtal kan innehålla "
          "ekonomiska åtaganden."),
    ("p", "Ett projektavtal (partnership agreement) inom ett EU-finansierat projekt räknas som ett "
          "samarbetsavtal enligt dessa riktlinjer."),
    ("h1", "3. Vem beslutar och vem undertecknar?"),
    ("table", [["Typ av överenskommelse", "Beslutar", "Undertecknar"],
               ["Avsiktsförklaring som gäller hela kommunen", "Kommunstyrelsen", "Kommunstyrelsens ordförande"],
               ["Avsiktsförklaring som gäller en nämnds verksamhet", "Nämnden", "Nämndens ordförande"],
               ["Samarbetsavtal utan ekonomiska åtaganden", "Förvaltningschefen", "Förvaltningschefen"],
               ["Samarbetsavtal med ekonomiska åtaganden upp till 300 000 kr", "Förvaltningschefen", "Förvaltningschefen och ekonomichefen"],
               ["Samarbetsavtal med ekonomiska åtaganden över 300 000 kr", "Kommunstyrelsen", "Kommundirektören"]]),
    ("p", "Om ordföranden har förhinder undertecknar förste vice ordföranden. Ingen tjänsteperson får "
          "underteckna en avsiktsförklaring i kommunens namn."),
    ("h1", "4. Mallar"),
    ("p", "Kommunledningskontoret tillhandahåller två mallar: en för avsiktsförklaringar och en för "
          "samarbetsavtal. Båda finns på svenska och engelska på intranätet under Internationellt arbete. "
          "Mallarna ska användas. Om motparten vill använda sin egen mall ska texten granskas med särskild "
          "noggrannhet."),
    ("p", "En avsiktsförklaring enligt mallen innehåller alltid:"),
    ("list", ["parternas namn och vem som företräder dem",
              "syftet med samarbetet och de områden det gäller",
              "en tidsperiod, högst fyra år",
              "kontaktpersoner hos båda parter",
              "en skrivning om att avsiktsförklaringen inte är juridiskt bindande",
              "hur avsiktsförklaringen kan sägas upp"]),
    ("h2", "Språk"),
    ("p", "En avsiktsförklaring ska upprättas på svenska och på engelska eller motpartens språk. Båda "
          "språkversionerna ska ha samma innehåll och gälla lika. Om motparten bara accepterar sitt eget "
          "språk ska en auktoriserad översättning till svenska finnas innan dokumentet undertecknas."),
    ("h1", "5. Granskning före undertecknande"),
    ("p", "Alla avsiktsförklaringar och samarbetsavtal ska granskas av kommunjuristen och den "
          "internationella samordnaren innan de beslutas. Förslaget ska skickas till granskning minst tre "
          "veckor före det sammanträde där beslutet ska fattas."),
    ("olist", ["Förvaltningen tar fram ett förslag med kommunens mall.",
               "Förslaget skickas till kommunjuristen och den internationella samordnaren.",
               "Kommunjuristen granskar juridiken och den internationella samordnaren bedömer om "
               "samarbetet stämmer med den internationella policyn.",
               "Förvaltningen skriver en tjänsteskrivelse med granskarnas synpunkter.",
               "Rätt instans fattar beslut enligt tabellen i avsnitt 3.",
               "Överenskommelsen undertecknas och registreras i diariet inom en vecka."]),
    ("p", "Samordnaren bedömer särskilt om samarbetet har en konkret nytta för Alingsås och om valet av "
          "land är motiverat. Samordnaren kan avråda men inte stoppa ett samarbete."),
    ("h1", "6. Särskilda krav"),
    ("list", ["Avsiktsförklaringar med kommuner i länder som omfattas av EU:s sanktioner får inte ingås.",
              "Om Utrikesdepartementet avråder från resor till landet ska samarbetet planeras så att det "
              "inte kräver resor dit.",
              "Överenskommelser som rör personuppgifter ska stämmas av med dataskyddsombudet.",
              "Undertecknande vid ceremonier utomlands kräver att dokumentet har beslutats i förväg."]),
    ("h1", "7. Uppföljning och avslut"),
    ("p", "Den förvaltning som ansvarar för samarbetet rapporterar varje år till den internationella "
          "samordnaren senast den 31 januari vad som har gjorts under föregående år. Samordnaren "
          "sammanställer rapporterna i kommunstyrelsens årliga redovisning av det internationella "
          "arbetet."),
    ("p", "En avsiktsförklaring upphör när tidsperioden löper ut. Den kan förlängas genom ett nytt beslut "
          "av samma instans som fattade det ursprungliga beslutet. Vill kommunen avsluta samarbetet i "
          "förtid ska motparten underrättas skriftligen; uppsägningstiden är sex månader om inget annat "
          "har avtalats."),
    ("h1", "8. Förteckning över gällande avsiktsförklaringar"),
    ("p", "Den internationella samordnaren för en förteckning över alla gällande avsiktsförklaringar och "
          "samarbetsavtal. Förteckningen publiceras på intranätet och uppdateras två gånger per år."),
]


# ------------------------------------------------------------------------------------------
# Additional sections (appended to the documents above)
# ------------------------------------------------------------------------------------------
LIFE += [
    ("h1", "12. Stödberättigande kostnader"),
    ("p", "Bidraget från LIFE får bara användas till kostnader som är nödvändiga för projektet, som finns "
          "med i den godkända budgeten och som uppstår under projektperioden. Kostnaderna delas in i "
          "kategorier:"),
    ("list", ["Personalkostnader för personal som arbetar i projektet enligt tidrapport",
              "Resor och uppehälle för projektmöten och spridning av resultat",
              "Köpta tjänster, till exempel grävarbeten, hydrologiska utredningar och värderingar",
              "Utrustning, till exempel mätutrustning för vattenkvalitet",
              "Markförvärv och engångsersättningar till markägare",
              "Indirekta kostnader, som beräknas som en schablon på 7 procent av de direkta kostnaderna"]),
    ("p", "Kostnader för representation, till exempel middagar med partner, är inte stödberättigande och "
          "ska belasta förvaltningens egen budget. Inköp av fordon är inte heller stödberättigande; "
          "projektet hyr i stället en terrängbil under de perioder då den behövs."),
    ("h2", "Resor i projektet"),
    ("p", "Resor som bekostas av projektet ska finnas med i den godkända budgeten. Projektet har budget för "
          "två resor per år för högst tre personer till nätverksmöten med andra LIFE-projekt i Europa. "
          "Resor bokas enligt kommunens vanliga rutiner och ska godkännas av projektledaren i förväg."),
    ("h1", "13. Uppföljning och indikatorer"),
    ("p", "CINEA följer projektet med hjälp av obligatoriska indikatorer som rapporteras i början, i mitten "
          "och i slutet av projektet. Projektet har dessutom egna mål. De viktigaste är:"),
    ("table", [["Indikator", "Utgångsläge 2026", "Mål 2031"],
               ["Yta restaurerad våtmark", "0 hektar", "38 hektar"],
               ["Fosforläckage till Mjörn från området", "1 400 kg per år", "Minskning med 20 procent"],
               ["Antal häckande par av vadarfåglar", "12 par", "Minst 30 par"],
               ["Antal lokaler med lövgroda och större vattensalamander", "3", "10"],
               ["Antal besökare per år i våtmarkerna", "Uppgift saknas", "5 000"]]),
    ("p", "Mätningar av vattenkvalitet görs en gång i månaden i fyra mätpunkter i Säveån och Kvarnbäcken. "
          "Fågelinventeringar görs av ornitologer under häckningstiden varje år från 2027."),
    ("h1", "14. Risker"),
    ("p", "Styrgruppen har identifierat fyra huvudrisker och åtgärder för att hantera dem:"),
    ("list", ["Markägare säger nej: projektet har två reservområden som kan ersätta ett område med samma "
              "funktion efter godkännande av CINEA",
              "Försenade tillstånd för vattenverksamhet: ansökningarna lämnas tidigt och tidplanen har sex "
              "månaders marginal",
              "Kostnadsökningar för grävarbeten: budgeten har en reserv inom posten köpta tjänster",
              "Torka eller extremregn under anläggningen: arbetena planeras till perioder med låg "
              "vattenföring"]),
    ("h1", "15. Efter projektet"),
    ("p", "Efter projektslut ska våtmarkerna skötas i minst 30 år enligt en efter-LIFE-plan (After-LIFE "
          "plan) som lämnas med slutrapporten. Samhällsbyggnadsförvaltningen ansvarar för skötseln av "
          "Kvarnbäcksmaden, och markägarna sköter övriga områden enligt sina avtal. Kommunen räknar med "
          "en årlig skötselkostnad på cirka 180 000 kr från 2031, som ska tas upp i den ordinarie budgeten."),
    ("h1", "16. Vanliga frågor"),
    ("p", "<b>Kan andra förvaltningar debitera tid till projektet?</b> Ja, om arbetet finns med i "
          "projektplanen och tiden redovisas enligt avsnitt 8. Kontakta projektekonomen innan arbetet "
          "börjar."),
    ("p", "<b>Får projektet köpa in mat till referensgruppens möten?</b> Enklare förtäring vid möten "
          "som är en del av projektet är stödberättigande. Middagar räknas som representation och är det "
          "inte."),
    ("p", "<b>Kan föreningar få ersättning för att delta i referensgruppen?</b> Nej, deltagandet i "
          "referensgruppen är ideellt. Föreningar kan däremot söka bidraget för egna aktiviteter som "
          "beskrivs i avsnitt 10."),
]

EUROPADAGEN += [
    ("h1", "Tidigare år"),
    ("p", "Alingsås har firat Europadagen sedan 2019, med uppehåll 2020 och 2021. År 2026 hölls "
          "firandet i stadsbiblioteket och lockade omkring 450 besökare. Nio utställare deltog, och "
          "utvärderingen visade att besökarna saknade aktiviteter för barn och att platsen var svår att "
          "hitta. Därför flyttas firandet till Stora torget 2027."),
    ("h1", "Tillgänglighet"),
    ("p", "Scenen ska ha ramp och hörselslinga. Samtalet i hörsalen teckenspråkstolkas om någon begär "
          "det senast den 23 april 2027. Utställarna ska placera sina tält så att det finns minst 1,5 "
          "meter fri passage mellan tälten."),
    ("h1", "Funktionärer"),
    ("p", "Under dagen behövs omkring tio funktionärer. Funktionärerna är medarbetare från olika "
          "förvaltningar som arbetar på arbetstid efter överenskommelse med sin chef. Arbete på lördag "
          "ersätts med ledighet timme för timme. Intresseanmälan till projektledaren senast den 12 april "
          "2027."),
    ("h1", "Samarbete med Europa Direkt"),
    ("p", "Europa Direkt Västsverige är EU-kommissionens informationskontor i regionen. Kontoret "
          "bidrar till Europadagen med broschyrer, ett lyckohjul med frågor om EU och en föreläsare till "
          "samtalet i hörsalen. Europa Direkt står själva för sina kostnader."),
]

CEMR += [
    ("h1", "9. Glossary"),
    ("list", ["CEMR / CCRE: Council of European Municipalities and Regions / Conseil des Communes et "
              "Régions d'Europe",
              "SKR: Sveriges Kommuner och Regioner, the Swedish Association of Local Authorities and "
              "Regions",
              "CoR: the European Committee of the Regions",
              "UCLG: United Cities and Local Governments",
              "Have your say: the European Commission's portal for public consultations",
              "PLATFORMA: CEMR's coalition of local and regional governments for development cooperation"]),
    ("h1", "10. Frequently asked questions"),
    ("p", "<b>Can Alingsås become a direct member of CEMR?</b> No. Only national associations can be "
          "members of CEMR. Alingsås takes part through SKR."),
    ("p", "<b>Can a civil servant from Alingsås attend a CEMR working group?</b> Only if SKR appoints them "
          "as its expert for that group. SKR normally sends its own staff, but sometimes invites experts "
          "from municipalities. Anyone interested should tell the international coordinator."),
    ("p", "<b>Does SKR answer every consultation?</b> No. SKR prioritises proposals with large effects "
          "for municipalities and regions. If SKR decides not to act, the department may still respond in "
          "the municipality's own name, following the rules in section 4."),
    ("p", "<b>Where can I read CEMR's positions?</b> CEMR publishes its policy positions on its website "
          "in English and French. SKR publishes Swedish summaries of the most important ones."),
    ("h1", "11. Annual calendar"),
    ("table", [["When", "What"],
               ["January", "SKR's EU coordinators' network: planning meeting (digital)"],
               ["March", "CEMR Policy Committee, spring meeting"],
               ["May", "SKR's EU coordinators' network: physical meeting in Stockholm"],
               ["September", "SKR's EU coordinators' network: meeting (digital)"],
               ["October", "European Week of Regions and Cities in Brussels"],
               ["November", "CEMR Policy Committee, autumn meeting; SKR's EU coordinators' network, "
                            "physical meeting hosted by a member municipality"]]),
    ("p", "The international coordinator tells the management group about relevant dates each January."),
]

ETWINNING += [
    ("h1", "Examples of projects in Alingsås"),
    ("p", "The following projects have been run by teachers in Alingsås in recent years. They show the "
          "range of what eTwinning can be used for."),
    ("list", ["\"Our Rivers\" (year 5, Ängaboskolan with Ennis): pupils measured water quality in the "
              "Säveån and the River Fergus and compared results in a shared spreadsheet.",
              "\"Recipes of Europe\" (year 8, Noltorpsskolan with Gniezno and a school in Portugal): a "
              "digital cookbook with family recipes in English, Polish, Portuguese and Swedish.",
              "\"Science on Air\" (upper secondary, Alströmergymnasiet with Pescara): joint physics "
              "experiments presented in live video sessions; the project received a European Quality "
              "Label in 2024."]),
    ("h1", "Exchange visits with pupils"),
    ("p", "When a partnership moves on to exchange visits, additional rules apply. The visit must be "
          "approved by the head teacher, the guardians must give written consent, and the trip must "
          "follow the Children and Youth Department's rules for school trips. At least two members of "
          "staff must travel with the group, and there must be at least one adult per ten pupils."),
    ("p", "Pupils who host visiting pupils at home must do so voluntarily. The school must always have an "
          "alternative, such as a youth hostel, for visiting pupils who cannot be hosted by families. "
          "Host families are not paid, but the school may offer a joint meal for host families."),
    ("p", "Exchange visits are not financed by the SEK 3,500 class grant. Schools finance visits "
          "through their own budget, through fundraising by the class, or through external grants."),
    ("h1", "Languages"),
    ("p", "Most eTwinning projects in Alingsås use English as the working language. Projects in other "
          "languages taught at the school, such as German, French or Spanish, are encouraged. Pupils in "
          "the early years can work mostly with pictures, video and simple words."),
    ("h1", "Frequently asked questions"),
    ("p", "Can pre-schools take part? Yes. Pre-school teachers can register and run projects with "
          "pre-schools abroad, for example exchanging pictures and songs. The children do not take part "
          "in video calls without a teacher present."),
    ("p", "Can a teacher run an eTwinning project with a school outside the EU? Yes, eTwinning includes "
          "schools in several countries outside the EU, such as Norway, Iceland, Türkiye and Ukraine, "
          "as well as a number of neighbouring countries through eTwinning Plus."),
    ("p", "Is eTwinning the same as twin-town cooperation? No. School partnerships are chosen by the "
          "schools themselves and do not have to be with the municipality's twin towns."),
]

BREDBAND += [
    ("h1", "Bakgrund: varför stöd behövs"),
    ("p", "I tätorterna har nästan alla hushåll i Alingsås tillgång till fiber. På landsbygden är det "
          "annorlunda: i början av 2023 hade bara omkring 70 procent av hushållen och företagen utanför "
          "tätorterna möjlighet att ansluta sig till ett bredband med minst 1 Gbit/s. I glest befolkade "
          "områden är det inte lönsamt för nätoperatörerna att bygga, och därför finns offentligt stöd."),
    ("p", "Regeringens mål är att hela Sverige ska ha tillgång till snabbt bredband. Målet för 2025 var "
          "att 98 procent av alla hushåll och företag skulle ha tillgång till minst 1 Gbit/s."),
    ("h1", "Kommunens roll i utbyggnaden"),
    ("list", ["Informera invånarna om utbyggnaden och om hur man beställer anslutning",
              "Teckna markavtal för grävning i kommunal mark",
              "Samordna utbyggnaden med kommunens egna grävarbeten, till exempel för vatten och avlopp",
              "Följa upp hur många som ansluter sig och rapportera till kommunstyrelsen"]),
    ("p", "Kommunen äger inte fibernätet och ansvarar inte för driften. Fel på anslutningen anmäls till "
          "tjänsteleverantören."),
    ("h1", "Informationsmöten för boende"),
    ("p", "Nätoperatören håller informationsmöten i varje område innan erbjudandeperioden börjar. "
          "Kommunen deltar på mötena och berättar om seniorstödet, så att de som ansluter sig också vet "
          "var de kan få hjälp att komma i gång. Under 2026 hölls möten i Hemsjö och Magra."),
    ("h1", "Erfarenheter hittills"),
    ("p", "Deltagarna i seniorstödet efterfrågar framför allt hjälp med e-legitimation, videosamtal med "
          "barnbarn, 1177 och bankens app. Surfplattorna har varit populära och har ibland haft kö på "
          "upp till tre veckor. Digitalt fika i Sollebrunn har färre besökare än i stadsbiblioteket, och "
          "styrgruppen ska under 2027 pröva att flytta det till en förmiddag med busstur från "
          "omkringliggande byar."),
]

AVSIKT += [
    ("h1", "9. Exempel"),
    ("p", "<b>Exempel 1.</b> Barn- och ungdomsnämnden vill samarbeta med skolförvaltningen i en kommun i "
          "Polen om lärarutbyten. Samarbetet gäller bara nämndens verksamhet och innehåller inga "
          "ekonomiska åtaganden. Det är därför en avsiktsförklaring som beslutas av nämnden och "
          "undertecknas av nämndens ordförande."),
    ("p", "<b>Exempel 2.</b> Samhällsbyggnadsförvaltningen ska ingå i ett EU-projekt där kommunen åtar sig "
          "att bidra med 150 000 kr i egen finansiering. Projektavtalet är ett samarbetsavtal med "
          "ekonomiska åtaganden under 300 000 kr, och förvaltningschefen beslutar."),
    ("p", "<b>Exempel 3.</b> En utländsk delegation vill att kommunen skriver under en avsiktsförklaring "
          "vid ett besök nästa vecka. Eftersom granskning och beslut inte hinner göras ska kommunen "
          "tacka nej till att underteckna vid besöket och i stället föreslå att ett dokument tas fram i "
          "lugn och ro."),
    ("h1", "10. Vanliga frågor"),
    ("p", "<b>Behövs en avsiktsförklaring för att delta i ett internationellt nätverk?</b> Nej. "
          "Medlemskap i nätverk hanteras inte enligt dessa riktlinjer."),
    ("p", "<b>Får vi skriva under digitalt?</b> Ja. Avsiktsförklaringar och samarbetsavtal får "
          "undertecknas med kommunens system för elektroniska underskrifter. Motparten kan skriva under "
          "på papper om den inte har tillgång till elektronisk underskrift; då skannas dokumentet och "
          "originalet diarieförs."),
    ("p", "<b>Kan en avsiktsförklaring bli en vänort?</b> En avsiktsförklaring kan vara ett första steg, "
          "men om samarbetet ska bli en formell vänort krävs ett beslut i kommunfullmäktige."),
]


# ------------------------------------------------------------------------------------------
# Kursprogram för seniorer våren 2027 (svenska, pdf)
# ------------------------------------------------------------------------------------------
KURSER = [
    ("title", "Digital vardag för seniorer – kursprogram våren 2027"),
    ("p", "Stadsbiblioteket och vård- och omsorgsförvaltningens anhörigstöd, inom projektet Uppkopplade "
          "Alingsås. Programmet gäller januari–juni 2027."),
    ("h1", "Välkommen"),
    ("p", "Vill du bli tryggare med mobilen, surfplattan eller datorn? Våren 2027 erbjuder vi kurser för "
          "dig som är 65 år eller äldre och bor i Alingsås kommun. Kurserna leds av bibliotekets personal "
          "tillsammans med digitala ambassadörer. Du behöver inga förkunskaper."),
    ("p", "Varje kurs består av fyra träffar på två timmar. Vi tar emot högst åtta deltagare per kurs, så "
          "att alla får hjälp. Du kan ta med din egen mobil eller surfplatta, eller låna en av bibliotekets "
          "under träffarna."),
    ("h1", "Kurser våren 2027"),
    ("table", [["Kurs", "Startdatum", "Tid", "Plats"],
               ["Kom igång med surfplattan", "Måndag 1 februari", "13.00–15.00", "Stadsbiblioteket"],
               ["Mobilt BankID och e-legitimation", "Tisdag 9 februari", "13.30–15.30", "Stadsbiblioteket"],
               ["Videosamtal med familjen", "Onsdag 3 mars", "10.00–12.00", "Sollebrunns bibliotek"],
               ["1177 och vårdens e-tjänster", "Torsdag 8 april", "13.00–15.00", "Stadsbiblioteket"],
               ["Säker på nätet – bedrägerier och falska sms", "Måndag 10 maj", "10.00–12.00", "Träffpunkt Noltorp"]]),
    ("p", "Kursen om bedrägerier hålls tillsammans med polisens brottsförebyggande samordnare."),
    ("h1", "Anmälan"),
    ("p", "Anmäl dig till kontaktcenter på telefon eller i receptionen i stadshuset. Sista dag för "
          "anmälan är en vecka före kursstart. Om kursen är fullbokad sätts du på en reservlista. "
          "Alla kurser är gratis."),
    ("p", "Kan du inte komma? Meddela kontaktcenter senast dagen före, så att någon på reservlistan kan få "
          "din plats."),
    ("h1", "Digitalt fika"),
    ("p", "Utöver kurserna finns drop-in för den som har en enstaka fråga. Du behöver inte anmäla dig. Under "
          "våren 2027 har stadsbiblioteket också öppet digitalt fika på onsdagar klockan 17–19 varannan "
          "vecka, för dig som arbetar eller inte kan komma på dagtid."),
    ("h1", "Låna en surfplatta"),
    ("p", "Du kan låna en surfplatta med mobilt internet i upp till fyra veckor. Lånet är gratis. Du "
          "behöver ha ett lånekort på biblioteket. Surfplattan återställs efter varje lån, så dina uppgifter "
          "raderas. Om surfplattan går sönder av misstag behöver du inte betala."),
    ("h1", "Hembesök"),
    ("p", "Har du svårt att ta dig till biblioteket kan en digital ambassadör komma hem till dig. "
          "Ambassadören kommer högst tre gånger. Hembesök bokas via kontaktcenter. Ambassadören visar hur "
          "du gör, men loggar aldrig in åt dig och frågar aldrig efter dina koder."),
    ("h1", "Bli digital ambassadör"),
    ("p", "Vi söker fler volontärer som vill hjälpa andra seniorer. Du behöver vara van att använda mobil "
          "och dator och tycka om att träffa människor. Nästa utbildning för nya ambassadörer börjar "
          "den 15 februari 2027. Intresseanmälan till samordnaren på stadsbiblioteket."),
]


# ------------------------------------------------------------------------------------------
# Circular economy in Alingsås – background for visitors (English, docx)
# ------------------------------------------------------------------------------------------
CIRCULAR = [
    ("title", "Circular economy in Alingsås – background material for international visitors"),
    ("p", "Prepared by the waste and recycling unit and the Municipal Executive Office for study visits. "
          "Version of November 2026. Figures refer to 2025 unless otherwise stated."),
    ("h1", "Alingsås in brief"),
    ("p", "Alingsås is a municipality of about 42,000 inhabitants, 45 kilometres north-east of "
          "Gothenburg. The town is known for its café culture, its textile history and the light festival "
          "Lights in Alingsås. Waste collection is a municipal responsibility in Sweden, financed by fees "
          "paid by households and businesses, not by taxes."),
    ("h1", "The waste plan 2025–2030"),
    ("p", "The municipal council adopted the waste plan for 2025–2030 in December 2024. The plan has four "
          "goals:"),
    ("list", ["Less waste: household waste per inhabitant shall decrease by 10 percent by 2030 compared "
              "with 2022.",
              "More reuse: the amount of items handed in for reuse shall double by 2030.",
              "Better sorting: food waste sorting shall reach 90 percent of households.",
              "No littering: the municipality shall halve the amount of litter in the town centre."]),
    ("p", "The municipality reports progress on the waste plan to the municipal council every year in "
          "the annual report."),
    ("h1", "Key figures"),
    ("table", [["Indicator", "2022", "2025"],
               ["Household waste per inhabitant (kg)", "412", "388"],
               ["Share of households sorting food waste", "71 %", "84 %"],
               ["Items handed in for reuse (tonnes)", "310", "455"],
               ["Biogas produced from food waste and sludge (GWh)", "9.8", "11.2"]]),
    ("h1", "Återbruket – the reuse centre"),
    ("p", "Återbruket in Bälinge opened in 2019 next to the recycling centre. Visitors leave furniture, "
          "clothes, tools and building materials that can be used again before they reach the recycling "
          "containers. The items are sold in a shop run by a social enterprise that offers work training "
          "for people who have been unemployed for a long time. In 2025, 38 people had work training at "
          "Återbruket."),
    ("p", "In 2023 Återbruket opened a store for reused building materials: doors, windows, bricks, "
          "timber and sanitary ware from demolitions and renovations. Municipal construction projects "
          "must check the store before buying new materials for simple repairs."),
    ("h1", "Biogas"),
    ("p", "Food waste from households is collected in separate paper bags and taken, together with sewage "
          "sludge, to the biogas plant at the Nolhaga wastewater treatment plant. The biogas is upgraded "
          "and used as fuel for the town buses and the municipality's refuse trucks. The digestate is used "
          "as fertiliser by local farmers."),
    ("h1", "Circular procurement and schools"),
    ("p", "Schools in Alingsås work with food waste as part of education. Ängaboskolan reduced its plate "
          "waste from 45 to 28 grams per pupil and day between 2022 and 2025 by letting pupils weigh the "
          "waste and present the results in class. The school has presented its work to several visiting "
          "groups."),
    ("h1", "Textiles"),
    ("p", "Since 1 January 2025 all municipalities in Sweden must collect textile waste separately. In "
          "Alingsås, textiles can be left at the recycling centres and at twelve collection points in "
          "the town. Local companies repair and redesign garments, and a textile library at the town "
          "library lends sewing machines free of charge."),
    ("h1", "Lessons we share with visitors"),
    ("list", ["Start with simple sorting at home: paper bags for food waste have worked better than "
              "plastic bags.",
              "Combine reuse with social goals: the work training at Återbruket is as important as the "
              "amounts collected.",
              "Use pupils as ambassadors: children bring habits home.",
              "Measure and publish results every year."]),
    ("h1", "Practical information for study visits"),
    ("p", "Study visits to Återbruket and the biogas plant are arranged on weekdays between 9.00 and "
          "15.00. Groups of more than twenty persons are split into two groups at the biogas plant. "
          "Visits for foreign delegations are coordinated by the international coordinator, and the "
          "presentations are given in English."),
]

# ------------------------------------------------------------------------------------------
# Handbok för föreningar som håller workshoppar under vänortsveckan (svenska, docx)
# ------------------------------------------------------------------------------------------
VARDFORENING = [
    ("title", "Handbok för föreningar som håller workshoppar under vänortsveckan 2027"),
    ("p", "Kultur- och fritidsförvaltningen, 2026-11-20. Handboken kompletterar den allmänna "
          "informationen om vänortsveckan och vänder sig till föreningar som vill hålla en workshop för "
          "deltagarna."),
    ("h1", "Vad är en workshop?"),
    ("p", "En workshop är en aktivitet på två till tre timmar där deltagarna från Horten, Varde och "
          "Alingsås provar på föreningens verksamhet tillsammans. Workshopparna hålls på tisdagen den 22 "
          "juni 2027 och i mindre grupper vid föreningsbesöken på torsdagen den 24 juni."),
    ("p", "Tidigare år har det till exempel varit workshoppar i innebandy, klättring, folkdans, teater, "
          "film, fotografering och matlagning."),
    ("h1", "Vem kan hålla en workshop?"),
    ("p", "Alla ideella föreningar i Alingsås som är registrerade i kommunens föreningsregister kan "
          "anmäla intresse. Föreningen behöver inte ha egna deltagare med på vänortsveckan."),
    ("h1", "Ersättning"),
    ("p", "Föreningen får 2 500 kr i ersättning per workshop. För en workshop som kräver särskilt "
          "material, till exempel matlagning, kan föreningen dessutom få ersättning för material med "
          "högst 1 000 kr mot kvitto. Ersättningen betalas ut efter vänortsveckan när föreningen har "
          "skickat in en enkel redovisning."),
    ("p", "Ledare som håller i workshoppen får ingen personlig ersättning från kommunen. Föreningen "
          "avgör själv hur ersättningen används."),
    ("h1", "Gruppens storlek och språk"),
    ("p", "En workshop har 12–20 deltagare. Deltagarna är blandade från de tre orterna. Workshoppen hålls "
          "på svenska, men ledarna ska tala tydligt och långsamt. Norska och danska ungdomar förstår oftast "
          "svenska bra när man undviker slang. Engelska kan användas som stöd."),
    ("h1", "Lokaler och säkerhet"),
    ("p", "Föreningen håller workshoppen i sina egna lokaler eller i en kommunal lokal som "
          "kultur- och fritidsförvaltningen bokar kostnadsfritt. Föreningen ansvarar för säkerheten under "
          "aktiviteten och för att utrustningen är i gott skick. Vid aktiviteter med särskild risk, som "
          "klättring eller kanot, ska instruktören ha relevant utbildning."),
    ("p", "Minst en ledare från den gästande orten är med i varje workshop. Föreningens ledare ansvarar "
          "för aktiviteten men inte för deltagarnas tillsyn i övrigt."),
    ("h1", "Så anmäler föreningen intresse"),
    ("olist", ["Skicka en kort beskrivning av workshoppen till vänortsansvarig.",
               "Ange hur många deltagare ni kan ta emot och om ni behöver en lokal.",
               "Intresseanmälan ska vara inne senast den 15 februari 2027.",
               "Kultur- och fritidsförvaltningen väljer ut workshoppar och meddelar föreningarna "
               "senast den 15 mars 2027."]),
    ("h1", "Belastningsregistret"),
    ("p", "Föreningens ledare som håller workshoppen ska ha visat upp ett utdrag ur "
          "belastningsregistret för arbete med barn för sin förening. Utdraget får inte vara äldre än ett "
          "år. Kommunen samlar inte in utdragen."),
    ("h1", "Efter veckan"),
    ("p", "Föreningarna bjuds in till en gemensam uppföljningsträff i september 2027 där erfarenheterna "
          "från veckan diskuteras. Träffen ligger till grund för planeringen inför vänortsveckan i Varde "
          "2029."),
]


# ------------------------------------------------------------------------------------------
# Årlig redovisning av det internationella arbetet 2025 (svenska, docx)
# ------------------------------------------------------------------------------------------
ARSREDOVISNING = [
    ("title", "Det internationella arbetet 2025 – redovisning till kommunstyrelsen"),
    ("p", "Kommunledningskontoret, 2026-02-18. Redovisningen sammanfattar det internationella arbetet i "
          "kommunens förvaltningar under 2025 och pekar ut prioriteringar för 2026. Den bygger på de "
          "rapporter som förvaltningarna har lämnat till den internationella samordnaren."),
    ("h1", "Sammanfattning"),
    ("p", "År 2025 präglades av förberedelser. Kommunen förberedde och lämnade in sin första ansökan som "
          "samordnare av ett LIFE-projekt, inledde samtal om att delta i en kandidatur till Europeisk "
          "kulturhuvudstad och började bereda ett undertecknande av CEMR:s europeiska deklaration för "
          "jämställdhet. Samtidigt fortsatte det löpande arbetet med skolsamarbeten, vänortskedjan och "
          "bredbandsutbyggnaden på landsbygden."),
    ("p", "Sammanlagt rapporterade förvaltningarna 31 internationella aktiviteter under året, jämfört "
          "med 24 under 2024. Ökningen beror främst på fler skolprojekt och på arbetet med LIFE-ansökan."),
    ("h1", "Ekonomi"),
    ("p", "För central ledning och samordning av det internationella arbetet fanns 1,2 miljoner kronor "
          "avsatta 2025. Av dem användes 1 080 000 kr, huvudsakligen till den internationella "
          "samordnarens tjänst, medlemskap i nätverk och kostnader för mottagande av besök. Det "
          "internationella arbetet i nämnderna har finansierats inom deras egna ramar."),
    ("p", "Extern finansiering som kommunen tog emot 2025 kom bland annat från EU:s skolprogram för "
          "frukt, grönsaker och mjölk. Stödet för bredbandsutbyggnaden betalas till nätoperatören och "
          "redovisas därför inte som en intäkt för kommunen."),
    ("h1", "Förvaltningarnas rapporter i korthet"),
    ("h2", "Samhällsbyggnadsförvaltningen"),
    ("p", "Förvaltningen tog fram ansökan till LIFE-programmet tillsammans med Lerums kommun, "
          "Länsstyrelsen och Hushållningssällskapet Väst. Arbetet med ansökan tog omkring 1 400 "
          "arbetstimmar, varav en extern konsult stod för 300 timmar. Ansökningskostnaderna är inte "
          "stödberättigande i LIFE och belastade förvaltningens budget."),
    ("h2", "Barn- och ungdomsförvaltningen"),
    ("p", "Tolv lärare i kommunens skolor var registrerade i eTwinning vid årets slut, och nio projekt "
          "pågick. Alströmergymnasiet genomförde sin årliga utbytesresa till Pescara i Italien. "
          "Ängaboskolan tog emot ett lärarbesök från sin partnerskola i Irland."),
    ("p", "Förvaltningen deltog i EU:s skolprogram med samtliga kommunala förskolor och skolor. Två "
          "skolor fick anmärkning vid en kontroll från Jordbruksverket eftersom affischen om programmet "
          "saknades; bristen åtgärdades samma vecka."),
    ("h2", "Kultur- och fritidsförvaltningen"),
    ("p", "Förvaltningen förberedde vänortsveckan 2027 och deltog i ett seniormöte i Horten i september "
          "2025 tillsammans med representanter för pensionärsföreningarna. Två föreningar fick bidrag "
          "till internationellt utbyte under året."),
    ("h2", "Kommunledningskontoret"),
    ("p", "Kommunledningskontoret samordnade bredbandsprojektet och seniorstödet. Under 2025 deltog 128 "
          "seniorer i minst en aktivitet i seniorstödet. Den internationella samordnaren deltog i fyra "
          "möten i SKR:s nätverk för EU-samordnare och tog emot två studiebesök från utlandet."),
    ("h2", "Vård- och omsorgsförvaltningen"),
    ("p", "Förvaltningen medverkade i seniorstödet genom anhörigstödet. I övrigt rapporterade "
          "förvaltningen inga internationella aktiviteter 2025."),
    ("h1", "Uppföljning av policyns mål"),
    ("table", [["Mål i den internationella policyn", "Bedömning 2025", "Kommentar"],
               ["Deltar i internationellt finansierade projekt", "Delvis uppfyllt", "LIFE-ansökan inlämnad, beslut väntas 2026"],
               ["Internationellt perspektiv i undervisningen", "Uppfyllt", "Nio eTwinning-projekt och tre långsiktiga skolpartnerskap"],
               ["Aktivt vänortsarbete", "Uppfyllt", "Förberedelser för vänortsveckan 2027 och seniormöte i Horten"],
               ["Omvärldsorienterad kommun", "Delvis uppfyllt", "Deltagande i SKR:s nätverk men ingen egen EU-bevakning i nämnderna"]]),
    ("h1", "Prioriteringar 2026"),
    ("list", ["Starta LIFE Säveå Våtmarker om ansökan beviljas",
              "Besluta om deltagande i kandidaturen till Europeisk kulturhuvudstad 2029",
              "Underteckna CEMR:s jämställdhetsdeklaration",
              "Anta nya riktlinjer för avsiktsförklaringar med utländska kommuner",
              "Fortsätta seniorstödet med målet att nå 400 seniorer till och med 2027"]),
    ("h1", "Bilaga: förvaltningarnas kontaktpersoner för internationella frågor"),
    ("p", "Varje förvaltning har utsett en kontaktperson som rapporterar till den internationella "
          "samordnaren. Förteckningen finns på intranätet och uppdateras varje år i januari."),
]


# ------------------------------------------------------------------------------------------
# eTwinning project report "Our Rivers" (English, docx)
# ------------------------------------------------------------------------------------------
RIVERS = [
    ("title", "Our Rivers – eTwinning project report 2025/26"),
    ("p", "Ängaboskolan, Alingsås (Sweden) and Scoil Mhuire, Ennis (Ireland). Report written by the two "
          "founding teachers for the schools' quality work and for the National Quality Label "
          "application. June 2026."),
    ("h1", "Summary"),
    ("p", "Our Rivers was a one-year eTwinning project for pupils aged 11–12 in year 5 in Alingsås and "
          "fifth class in Ennis. The pupils studied the river running through their own town – the Säveån "
          "in Alingsås and the River Fergus in Ennis – and compared water quality, wildlife and the history "
          "of the rivers. The project ran from September 2025 to May 2026. One class of 24 pupils took part "
          "in Alingsås and one class of 27 pupils in Ennis."),
    ("h1", "Aims"),
    ("list", ["To make pupils curious about the nature close to their school",
              "To practise simple scientific methods: measuring, recording and comparing",
              "To use English as a real means of communication with peers abroad",
              "To learn about how people in another European country live"]),
    ("h1", "Activities"),
    ("h2", "Autumn term"),
    ("p", "The pupils introduced themselves with short videos and letters in the TwinSpace. Each class "
          "made a map of its river and marked places that were important to the pupils. In October the "
          "classes had their first video call, in which each pupil asked one question to the partner class. "
          "In November the pupils measured water temperature, pH and clarity at three places along their "
          "river and entered the results in a shared spreadsheet."),
    ("h2", "Spring term"),
    ("p", "In February the classes studied animals living in and near the rivers. The pupils in Alingsås "
          "were especially interested in the otter, which has returned to the Säveån, while the pupils in "
          "Ennis studied salmon. In March the classes interviewed older people in their towns about how the "
          "river had changed, and wrote short texts in English. In April both classes repeated the "
          "measurements. The project ended in May with a joint digital exhibition and a final video call."),
    ("h1", "Tools"),
    ("p", "All work was done in the project's TwinSpace and in the municipality's approved video tool. "
          "The pupils used school tablets for photos and measurements. No private accounts or apps were "
          "used, and no recordings of the video calls were published outside the TwinSpace."),
    ("h1", "Results"),
    ("p", "The measurements showed that the water in both rivers was clear and had a similar pH, but the "
          "Säveån was on average four degrees colder in November. The pupils noticed that both towns have "
          "had floods and that both rivers have been straightened in the past. This led to a discussion "
          "about wetlands, and in May 2026 the Alingsås class walked along the Kvarnbäcken, where a wetland "
          "is planned, together with an ecologist from the municipality."),
    ("p", "In a short survey at the end of the project, most pupils in both classes said that they "
          "talked more English than usual and that they would like to continue with the partner class. "
          "Several pupils in Alingsås said that the video calls were the best part, while pupils in Ennis "
          "liked the shared spreadsheet most."),
    ("h1", "Challenges"),
    ("list", ["The time difference is only one hour, but the school days and holidays differ; the classes "
              "could only meet digitally on Tuesdays and Thursdays.",
              "Weak pupils in English needed extra support before the video calls.",
              "The shared spreadsheet was sometimes edited by mistake; next time the teachers will lock "
              "earlier results."]),
    ("h1", "Costs"),
    ("p", "The project cost nothing apart from the teachers' time. The Alingsås class used part of its "
          "SEK 3,500 class grant to send a parcel of postcards and Swedish sweets to Ennis and to print "
          "the exhibition posters."),
    ("h1", "Next steps"),
    ("p", "The teachers plan to continue the partnership with a new project in 2026/27 on the theme of "
          "food and farming. The schools have not decided whether to move on to exchange visits; according "
          "to the municipality's guidance, a decision on visits is taken by the head teacher."),
]

# ------------------------------------------------------------------------------------------
# Anteckningar från SKR:s nätverk för EU-samordnare, maj 2026 (svenska, pdf)
# ------------------------------------------------------------------------------------------
SKRNAT = [
    ("title", "Anteckningar från SKR:s nätverk för EU-samordnare, Stockholm 19–20 maj 2026"),
    ("p", "Skrivna av Alingsås kommuns internationella samordnare för kommunens chefer och förvaltningar. "
          "Anteckningarna är inte ett officiellt protokoll från SKR."),
    ("h1", "Om mötet"),
    ("p", "Nätverket för EU-samordnare träffades fysiskt hos SKR i Stockholm den 19–20 maj 2026. Omkring "
          "70 deltagare från kommuner och regioner i hela landet deltog. Mötet leddes av SKR:s sektion för "
          "internationella frågor och EU. Mötet var avgiftsfritt; kommunerna betalade själva resa och "
          "logi."),
    ("h1", "EU:s nästa långtidsbudget"),
    ("p", "SKR redogjorde för läget i förhandlingarna om EU:s långtidsbudget för perioden efter 2027. "
          "Kommissionens förslag innebär att flera fonder och program samlas i färre och större "
          "finansieringskällor, och att medlemsstaterna får ett större ansvar för att fördela pengarna "
          "genom nationella planer. SKR:s bedömning är att det finns en risk att kommunernas och "
          "regionernas inflytande minskar om planerna tas fram centralt utan lokal förankring."),
    ("p", "För kommuner som i dag deltar i LIFE innebär förslaget inga förändringar för pågående projekt. "
          "Projekt som har beviljats under nuvarande programperiod fortsätter enligt sina bidragsavtal."),
    ("h1", "Samråd som SKR arbetar med"),
    ("list", ["Kommissionens förslag om förenklingar av miljölagstiftningen",
              "Kommissionens förslag om en europeisk bostadsplan",
              "Genomförandet av EU:s direktiv om avloppsvatten från tätbebyggelse",
              "Den europeiska strategin för klimatanpassning"]),
    ("p", "SKR uppmanade kommunerna att höra av sig med konkreta exempel på hur förslagen påverkar dem "
          "lokalt. Exempel från kommunerna väger tungt i SKR:s arbete i CEMR och gentemot kommissionen."),
    ("h1", "Erfarenhetsutbyte"),
    ("p", "I gruppdiskussioner berättade flera kommuner om hur de organiserar sitt EU-arbete. Några "
          "större kommuner har egna EU-kontor eller tjänstepersoner i Bryssel, medan de flesta mindre "
          "kommuner, som Alingsås, har en samordnare på deltid eller heltid som arbetar genom nätverk. "
          "Flera deltagare lyfte att det är svårt att få förvaltningarna att tänka på EU-finansiering "
          "tidigt i planeringen."),
    ("p", "Alingsås presenterade arbetet med LIFE-ansökan som ett exempel på samverkan mellan kommuner, "
          "länsstyrelse och en ideell organisation. Presentationen väckte intresse, och två kommuner har "
          "efteråt hört av sig för att lära sig mer om hur markägarsamverkan har organiserats."),
    ("h1", "Jämställdhetsdeklarationen"),
    ("p", "SKR informerade om CEMR:s europeiska deklaration för jämställdhet på lokal och regional nivå. "
          "I Sverige har ett stort antal kommuner och regioner skrivit under. SKR erbjuder stöd till dem "
          "som ska ta fram handlingsplaner, bland annat en digital utbildning och exempel på planer från "
          "andra kommuner."),
    ("h1", "Vad betyder det för Alingsås?"),
    ("list", ["Förvaltningarna bör redan nu fundera på vilka EU-finansierade projekt som kan bli aktuella "
              "efter 2027 och berätta det för den internationella samordnaren.",
              "Samhällsbyggnadsförvaltningen och Alingsås Energi bör bevaka genomförandet av "
              "avloppsdirektivet.",
              "HR-avdelningen kan ta del av SKR:s stöd för handlingsplanen för jämställdhet."]),
    ("h1", "Nästa möte"),
    ("p", "Nätverkets nästa möte är digitalt i september. Höstens fysiska möte i november hålls hos en "
          "medlemskommun som ännu inte är bestämd."),
]


# ------------------------------------------------------------------------------------------
# Background on Jiaxing for the hosts of the delegation (English, docx)
# ------------------------------------------------------------------------------------------
JIAXING = [
    ("title", "Background note: Jiaxing and its work on the circular economy"),
    ("p", "For the staff hosting the delegation on 8–9 December 2026. Compiled by the international "
          "coordinator from public sources and from the embassy's briefing. November 2026."),
    ("h1", "The city"),
    ("p", "Jiaxing is a prefecture-level city in the north of Zhejiang province in eastern China, between "
          "Shanghai and Hangzhou. It has about 5.5 million inhabitants, including the surrounding counties. "
          "The city is known for its canals, for the South Lake (Nanhu) and for being an important centre for "
          "textiles, chemicals and electronics. High-speed trains take about 30 minutes to Shanghai."),
    ("p", "The Jiaxing Municipal Bureau of Ecology and Environment is responsible for environmental "
          "protection, pollution control and parts of the city's work on waste. It reports both to the city "
          "government and to the provincial environmental authorities."),
    ("h1", "Waste and the circular economy in Jiaxing"),
    ("p", "Since 2019 Chinese cities have introduced mandatory household waste sorting, usually into four "
          "fractions: recyclables, kitchen waste, hazardous waste and other waste. Jiaxing was one of the "
          "early cities in Zhejiang to introduce sorting in all urban districts. According to the embassy, "
          "the delegation is particularly interested in three questions:"),
    ("list", ["How a small municipality finances waste management through fees",
              "How reuse centres can be combined with work training for the long-term unemployed",
              "How building materials from renovations can be reused in public construction"]),
    ("p", "The delegation has already visited large waste-to-energy and recycling plants in Denmark and "
          "Germany. It has asked to see small-scale, practical examples rather than high-tech facilities."),
    ("h1", "Communication tips for hosts"),
    ("list", ["Speak slowly and in short sentences; everything will be interpreted into Mandarin.",
              "Use simple slides with figures and pictures rather than long texts.",
              "Allow time for questions; delegations often ask detailed questions about costs and staffing.",
              "Business cards are usually exchanged with both hands at the first meeting.",
              "Do not promise future cooperation or visits; such requests are reported to the working "
              "committee."]),
    ("h1", "What we know about the participants"),
    ("p", "The head of the delegation is a deputy director of the bureau who has responsibility for solid "
          "waste. Most of the officials work with waste planning at district level. Two participants "
          "represent a state-owned company that runs sorting facilities. Some of the participants speak "
          "English, but the formal programme will be interpreted by the delegation's own interpreters."),
    ("h1", "Earlier contacts"),
    ("p", "Alingsås has no earlier contacts with Jiaxing. Several Swedish municipalities and companies in "
          "the waste sector have received delegations from Zhejiang in recent years. The international "
          "coordinator has talked to two of them about their experience."),
    ("h1", "Questions the hosts may get, and suggested answers"),
    ("p", "<b>How much does a household pay for waste collection?</b> The fee depends on the size of the "
          "bin and how often it is emptied. Refer to the waste and recycling unit's presentation, which "
          "includes the current fees."),
    ("p", "<b>Is sorting mandatory in Sweden?</b> Households are required to sort packaging and food "
          "waste, and textiles must be collected separately since 2025. The municipality uses information "
          "and convenient collection rather than fines."),
    ("p", "<b>Can Alingsås help us set up a reuse centre?</b> Answer politely that the municipality is "
          "happy to share experience, and that any request for continued cooperation will be reported to "
          "the political working committee."),
]


# ------------------------------------------------------------------------------------------
# Template: Memorandum of Understanding (English, docx)
# ------------------------------------------------------------------------------------------
MOU = [
    ("title", "Template: Memorandum of Understanding between Alingsås Municipality and a partner abroad"),
    ("p", "English version of the municipality's template. Provided by the Municipal Executive Office "
          "under the guidelines for memoranda of understanding and cooperation agreements. Text in square "
          "brackets is to be replaced. Guidance notes in italics in the original are given here as "
          "paragraphs starting with \"Note:\"."),
    ("h1", "1. Parties"),
    ("p", "This Memorandum of Understanding (hereinafter \"the Memorandum\") is made between Alingsås "
          "Municipality, Sweden, represented by [name and title], and [name of the partner], [country], "
          "represented by [name and title] (together \"the Parties\")."),
    ("p", "Note: Under the guidelines, a memorandum concerning the whole municipality is signed by the "
          "chair of the Municipal Executive Board; a memorandum concerning one committee's area is signed "
          "by the chair of that committee."),
    ("h1", "2. Purpose"),
    ("p", "The Parties wish to cooperate in order to [describe the purpose], for the benefit of the "
          "inhabitants of both municipalities."),
    ("h1", "3. Areas of cooperation"),
    ("p", "The Parties intend to cooperate in the following areas: [list the areas, for example education, "
          "environment, culture, digital services]."),
    ("p", "Note: Keep the list short. Three or four concrete areas are better than a long general list."),
    ("h1", "4. Forms of cooperation"),
    ("p", "The cooperation may include exchange of experience between staff, digital meetings, study "
          "visits, joint applications for external funding and contacts between schools and associations."),
    ("h1", "5. Financial provisions"),
    ("p", "Each Party bears its own costs arising from this Memorandum. The Memorandum does not create any "
          "financial obligations for either Party."),
    ("p", "Note: This clause may not be removed. If the cooperation requires financial commitments, a "
          "cooperation agreement must be drawn up instead."),
    ("h1", "6. Legal status"),
    ("p", "This Memorandum expresses the intentions of the Parties. It is not legally binding and does "
          "not create rights or obligations under national or international law."),
    ("h1", "7. Contact persons"),
    ("p", "Each Party appoints a contact person responsible for following up the cooperation: for "
          "Alingsås Municipality [name, department, e-mail]; for [partner] [name, department, e-mail]."),
    ("h1", "8. Duration and termination"),
    ("p", "This Memorandum takes effect on the date of the last signature and remains in effect for "
          "[number] years. Either Party may terminate it by written notice to the other Party; the "
          "termination takes effect six months after the notice has been received."),
    ("p", "Note: The period may be at most four years. It can be extended by a new decision."),
    ("h1", "9. Languages"),
    ("p", "This Memorandum is drawn up in Swedish and in [English / the partner's language]. Both "
          "versions are equally valid."),
    ("h1", "10. Signatures"),
    ("p", "For Alingsås Municipality: [place, date, signature, name in block letters, title]."),
    ("p", "For [partner]: [place, date, signature, name in block letters, title]."),
    ("p", "Note: After signature, the Memorandum is registered in the municipality's registry within one "
          "week and added to the international coordinator's list of memoranda in force."),
]

# ------------------------------------------------------------------------------------------
# LIFE Säveå Wetlands – newsletter no. 1 (English, pdf)
# ------------------------------------------------------------------------------------------
LIFENEWS = [
    ("title", "LIFE Säveå Wetlands – Newsletter No. 1, November 2026"),
    ("p", "A newsletter for partners, co-financers and other interested parties. Published by Alingsås "
          "Municipality as coordinating beneficiary. Co-funded by the European Union."),
    ("h1", "Welcome"),
    ("p", "The LIFE Säveå Wetlands project started on 1 September 2026. Over five years, four beneficiaries "
          "will restore 38 hectares of wetlands in the Säveån catchment between lake Mjörn and lake "
          "Sävelången, to reduce flooding in Alingsås, reduce nutrient losses and create habitats for "
          "amphibians, waders and dragonflies. This newsletter will be published twice a year."),
    ("h1", "Kick-off with CINEA"),
    ("p", "The kick-off meeting with the European Climate, Infrastructure and Environment Executive Agency "
          "(CINEA) and the project's external monitor was held online on 6 October 2026. All four "
          "beneficiaries took part. The monitor stressed the importance of clear time records and of "
          "informing CINEA early about any delays."),
    ("h1", "New staff"),
    ("p", "Two new members of staff have joined the project team in Alingsås: a hydrologist, who will "
          "design the water levels in the wetlands, and a nature guide, who will lead visits for schools "
          "and the public. In Lerum, the municipality's existing ecologist devotes half of her time to the "
          "project."),
    ("h1", "Landowners"),
    ("p", "Three of the four wetland areas are on private land. Negotiations with the landowners are "
          "progressing: the agreement for Hjälmhultsängen has been signed, and negotiations are under way "
          "for the other two areas. All agreements must be in place, together with the permits for water "
          "operations, by the end of 2027."),
    ("h1", "Partner news"),
    ("list", ["Lerum: preparations have started for wetlands on the southern shore of lake Sävelången.",
              "County Administrative Board: the board has started the baseline survey of birds and "
              "amphibians.",
              "Hushållningssällskapet Väst: advisers have held two meetings with farmers about grazing and "
              "mowing of wet meadows."]),
    ("h1", "Coming up"),
    ("list", ["March 2027: reference group meeting in Alingsås",
              "May 2027: first visit to the project by the external monitor",
              "16 May 2027: guided walk for the public at Kvarnbäcksmaden",
              "Autumn 2027: start of construction at Kvarnbäcksmaden, if the permit has been granted"]),
    ("h1", "Contact"),
    ("p", "Project manager: Karin Wennberg, Alingsås Municipality. The project's web pages are available "
          "in Swedish and English on the municipality's website."),
]

# ------------------------------------------------------------------------------------------
# Budget för vänortsveckan 2027 (svenska, pdf)
# ------------------------------------------------------------------------------------------
VVBUDGET = [
    ("title", "Budget för nordisk vänortsvecka i Alingsås 2027"),
    ("p", "Kultur- och fritidsförvaltningen. Underlag till kultur- och fritidsnämnden, 2026-10-28. "
          "Budgeten avser Alingsås kommuns kostnader som värdkommun."),
    ("h1", "Förutsättningar"),
    ("p", "Budgeten bygger på att 72 ungdomar och nio ledare deltar, det vill säga 24 ungdomar och tre "
          "ledare från var och en av de tre orterna. Gästerna från Horten och Varde bor på "
          "Alströmergymnasiet i sex nätter. Alla deltagare äter alla måltider tillsammans."),
    ("h1", "Kostnader"),
    ("table", [["Post", "Belopp", "Kommentar"],
               ["Mat", "112 000 kr", "Alla måltider för 81 personer, från middag dag 1 till frukost dag 7"],
               ["Lokala transporter", "46 000 kr", "Hyrd buss med chaufför hela veckan"],
               ["Aktiviteter och entréer", "38 000 kr", "Kanoter, simhall, material till workshoppar"],
               ["Ersättning till föreningar för workshoppar", "20 000 kr", "Åtta workshoppar"],
               ["Boende", "24 000 kr", "Lokalvård, madrasser och extra städning på Alströmergymnasiet"],
               ["Tröjor med logga", "14 000 kr", "En tröja per deltagare"],
               ["Avslutningsfest", "16 000 kr", "Lokal, ljud och enklare dekoration"],
               ["Oförutsett", "10 000 kr", ""]]),
    ("p", "De sammanlagda kostnaderna är 280 000 kr."),
    ("h1", "Intäkter"),
    ("p", "Deltagaravgifterna från ungdomarna i Alingsås beräknas ge 14 400 kr om alla 24 betalar "
          "avgiften. Intäkterna används för att täcka kostnader för befrielse från avgiften och för "
          "oförutsedda utgifter. Kommunen har också sökt bidrag från Föreningen Norden; om bidraget beviljas "
          "minskar kommunens nettokostnad."),
    ("h1", "Ansvar"),
    ("p", "Vänortsansvarig ansvarar för budgeten och rapporterar utfallet till nämnden senast den 30 "
          "september 2027."),
]


# ------------------------------------------------------------------------------------------
# Uppdragsbeskrivning för digitala ambassadörer (svenska, docx)
# ------------------------------------------------------------------------------------------
AMBASSADOR = [
    ("title", "Uppdragsbeskrivning för digitala ambassadörer"),
    ("p", "Stadsbiblioteket, inom projektet Uppkopplade Alingsås. Gäller från 2026-01-01. "
          "Uppdragsbeskrivningen lämnas till varje ny ambassadör och gås igenom vid introduktionen."),
    ("h1", "Vad gör en digital ambassadör?"),
    ("p", "En digital ambassadör är en volontär som hjälper äldre invånare att komma i gång med mobil, "
          "surfplatta och dator. Ambassadören visar, förklarar och uppmuntrar, men gör inte saker åt "
          "seniorerna. Målet är att seniorerna själva ska kunna använda de tjänster de behöver."),
    ("h1", "Uppgifter"),
    ("list", ["Vara med som stöd på digitalt fika i stadsbiblioteket eller i Sollebrunns bibliotek",
              "Hjälpa kursledaren under seniorkurserna",
              "Göra hembesök hos seniorer som inte kan ta sig till biblioteket",
              "Berätta om seniorstödet i sina egna nätverk, till exempel i pensionärsföreningen"]),
    ("h1", "Vad vi förväntar oss"),
    ("p", "Ambassadören ska ha gått kommunens utbildning och vara tillgänglig minst två gånger i månaden. "
          "Ambassadören ska vara van vid mobil och dator, men behöver inte vara expert. Det viktigaste är "
          "tålamod och att tycka om att träffa människor."),
    ("h1", "Regler"),
    ("list", ["Logga aldrig in åt en senior med hans eller hennes e-legitimation.",
              "Fråga aldrig efter koder eller lösenord och skriv aldrig ner dem.",
              "Hjälp inte till med bankärenden där pengar förs över; visa i stället hur man gör och låt "
              "seniorn själv genomföra betalningen.",
              "Ta inte emot pengar eller gåvor av seniorerna.",
              "Berätta inte för andra om vad du har sett eller fått veta hos en senior."]),
    ("p", "Alla ambassadörer skriver under ett tystnadslöfte vid introduktionen. Den som ser tecken på "
          "att en senior utsätts för bedrägeriförsök ska berätta det för samordnaren samma dag."),
    ("h1", "Hembesök"),
    ("p", "Hembesök görs alltid två och två första gången. Samordnaren bokar besöken och ger ambassadören "
          "adress och telefonnummer. Ambassadören ska ringa seniorn dagen före och bekräfta tiden."),
    ("h1", "Ersättning och försäkring"),
    ("p", "Uppdraget är ideellt och ger ingen lön. Kommunen ersätter resor med kollektivtrafik vid "
          "hembesök mot kvitto. Ambassadörer som kör egen bil till ett hembesök får ingen "
          "milersättning. Ambassadörer är försäkrade genom kommunens olycksfallsförsäkring för frivilliga "
          "när de utför uppdrag som samordnaren har bokat."),
    ("h1", "Utbildning"),
    ("p", "Utbildningen omfattar tre halvdagar: den första om bemötande och pedagogik, den andra om "
          "e-legitimation, videosamtal och vårdens e-tjänster, och den tredje om säkerhet och bedrägerier. "
          "Varje vår och höst ordnas dessutom en träff där ambassadörerna utbyter erfarenheter."),
    ("h1", "Att avsluta uppdraget"),
    ("p", "Ambassadören kan när som helst avsluta uppdraget genom att meddela samordnaren. Kommunen kan "
          "avsluta uppdraget om ambassadören inte följer reglerna."),
]


# ------------------------------------------------------------------------------------------
# Further sections appended in a later revision
# ------------------------------------------------------------------------------------------
AVSIKT += [
    ("h1", "11. Bakgrund till riktlinjerna"),
    ("p", "Före 2026 saknade kommunen gemensamma regler för avsiktsförklaringar. Under åren 2015–2025 "
          "undertecknades flera dokument med utländska kommuner av olika personer och med olika innehåll, "
          "och i några fall var det oklart vem som hade rätt att skriva under och om dokumenten innebar "
          "ekonomiska åtaganden. En genomgång som kommunledningskontoret gjorde 2025 visade också att "
          "flera avsiktsförklaringar aldrig hade följts upp och att ingen visste om de fortfarande gällde."),
    ("p", "Riktlinjerna har tagits fram av kommunledningskontoret efter samråd med förvaltningarna och "
          "kommunjuristen. De ska ses över senast 2030 eller tidigare om den internationella policyn "
          "revideras."),
]

BREDBAND += [
    ("h1", "Ordlista"),
    ("list", ["Fiber: ledningar av glas som överför data med ljus och ger snabb och stabil uppkoppling",
              "Nätoperatör: företag som bygger och äger fibernätet",
              "Tjänsteleverantör: företag som säljer internet, tv och telefoni i nätet",
              "Erbjudandeperiod: den tid då hushållen kan beställa anslutning till det lägre priset",
              "E-legitimation: en digital id-handling, till exempel Mobilt BankID, som används för att "
              "logga in på myndigheters och bankers tjänster",
              "Digital ambassadör: volontär som hjälper seniorer att använda digitala tjänster"]),
]

CIRCULAR += [
    ("h1", "Circular economy in the municipality's own operations"),
    ("p", "The municipality also works with the circular economy in its own operations. Furniture from "
          "municipal offices and schools is registered in an internal reuse platform before anything new "
          "is bought, and in 2025 about 1,900 items of furniture were reused between departments. "
          "Municipal kitchens measure food waste every week, and the results are reported to the "
          "catering unit. IT equipment that is no longer needed is refurbished by an external partner and "
          "sold on, after the data has been erased."),
    ("p", "The municipality's goal is that reuse shall be the first choice in all purchases of furniture "
          "and simple equipment. Staff who need furniture are asked to check the internal platform and "
          "Återbruket's store before ordering new items."),
]

EUROPADAGEN += [
    ("h1", "Marknadsföring"),
    ("p", "Europadagen marknadsförs från början av april med affischer i centrum, i biblioteken och på "
          "skolorna, i kommunens sociala medier och på kommunens webbplats. Programmet publiceras också i "
          "lokaltidningens evenemangskalender. Utställarna får en digital affisch som de kan sprida i sina "
          "egna kanaler. Skolorna informerar vårdnadshavarna om quizfinalen via skolans vanliga kanaler."),
]


# ------------------------------------------------------------------------------------------
# Checklista inför elevresor inom Europa (svenska, pdf)
# ------------------------------------------------------------------------------------------
ELEVRESA = [
    ("title", "Checklista för lärare inför en elevresa inom Europa"),
    ("p", "Barn- och ungdomsförvaltningen, 2026-05-04. Checklistan gäller resor med elever till andra länder "
          "i Europa, till exempel utbyten inom skolpartnerskap och studieresor. Den ersätter inte "
          "förvaltningens regler för skolresor utan sammanfattar vad läraren ska tänka på."),
    ("h1", "När resan planeras (minst fyra månader före)"),
    ("list", ["Rektor har godkänt resan och budgeten.",
              "Om resan är ett utbyte inom ett skolpartnerskap har förvaltningschefen informerats innan "
              "något bokas.",
              "Minst två personal följer med, och det finns minst en vuxen per tio elever.",
              "Vårdnadshavarna har fått skriftlig information om resmål, datum, kostnad och boende."]),
    ("h1", "Två månader före"),
    ("list", ["Skriftligt samtycke från vårdnadshavarna har kommit in för alla elever under 18 år.",
              "Listan över deltagare med kontaktuppgifter till vårdnadshavare är klar.",
              "Allergier, specialkost och mediciner är kända och har meddelats värdskolan.",
              "Vårdnadshavarna har påmints om att beställa Europeiska sjukförsäkringskortet till eleven."]),
    ("h1", "Tre veckor före"),
    ("list", ["Läraren har fått uppgift om att alla elever har ett giltigt sjukförsäkringskort eller, om "
              "kortet saknas, ett skriftligt intyg från vårdnadshavaren om egen reseförsäkring.",
              "Reseplan och telefonlista har lämnats till rektor.",
              "Eleverna har fått information om regler under resan."]),
    ("h1", "Under resan"),
    ("list", ["Ha alltid telefonlistan och reseplanen med dig.",
              "Räkna eleverna vid varje förflyttning.",
              "Vid sjukdom: visa elevens sjukförsäkringskort hos vårdgivaren och kontakta vårdnadshavaren.",
              "Vid allvarlig händelse: ring det lokala nödnumret 112 och därefter rektor."]),
    ("h1", "Efter resan"),
    ("list", ["Lämna en kort rapport till rektor inom två veckor.",
              "Redovisa kostnaderna till skolans administratör.",
              "Dela gärna erfarenheterna med kollegor och med kommunens eTwinning-ambassadör."]),
    ("h1", "Frågor"),
    ("p", "Frågor om försäkringar besvaras av förvaltningens administrativa enhet. Frågor om skolpartnerskap "
          "och eTwinning besvaras av eTwinning-ambassadören."),
]


def write_docx(blocks, path: Path) -> None:
    import docx

    doc = docx.Document()
    for kind, value in blocks:
        if kind == "title":
            doc.core_properties.title = value
            doc.add_heading(value, level=0)
        elif kind in ("h1", "h2"):
            doc.add_heading(value, level=int(kind[1]))
        elif kind in ("list", "olist"):
            for item in value:
                doc.add_paragraph(item, style="List Bullet" if kind == "list" else "List Number")
        elif kind == "table":
            table = doc.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, value):
                for cell, text in zip(row.cells, cells):
                    cell.text = text
            for cell in table.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            doc.add_paragraph(value)
    doc.save(str(path))


def write_pdf(blocks, path: Path, header: str, page_word: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10,
                             spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8,
                             spaceAfter=4),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8),
        "item": ParagraphStyle("i", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=2,
                               leftIndent=14, firstLineIndent=-10),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11),
    }

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, header)
        canvas.drawString(A4[0] / 2 - 15, 30, f"{page_word} {doc.page}")
        canvas.restoreState()

    story = []
    for kind, value in blocks:
        if kind in ("list", "olist"):
            for n, item in enumerate(value, 1):
                mark = "\u2022 " if kind == "list" else f"{n}. "
                story.append(Paragraph(mark + item, st["item"]))
            story.append(Spacer(1, 8))
        elif kind == "table":
            width = (A4[0] - 144) / len(value[0])
            cells = [[Paragraph(t, st["cell"]) for t in row] for row in value]
            table = Table(cells, hAlign="LEFT", colWidths=[width] * len(value[0]))
            table.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [table, Spacer(1, 12)]
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            story.append(Paragraph(value, st[kind]))
    SimpleDocTemplate(str(path), pagesize=A4, title=blocks[0][1], topMargin=72, bottomMargin=60).build(
        story, onFirstPage=decorate, onLaterPages=decorate)


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_pdf(LIFE, folder / "life-save-vatmarker.pdf", "Alingsås kommun – LIFE Säveå Våtmarker", "Sida")
    write_pdf(EUROPADAGEN, folder / "europadagen-2027-planering.pdf",
              "Alingsås kommun – Europadagen 2027", "Sida")
    write_pdf(CEMR, folder / "cemr-skr-briefing.pdf", "Alingsås Municipality – CEMR and SKR briefing", "Page")
    write_docx(ETWINNING, folder / "etwinning-school-partnerships.docx")
    write_docx(BREDBAND, folder / "uppkopplade-alingsas-bredband-seniorer.docx")
    write_docx(AVSIKT, folder / "riktlinjer-avsiktsforklaringar.docx")
    write_pdf(KURSER, folder / "digital-vardag-seniorer-kursprogram-2027.pdf",
              "Uppkopplade Alingsås – Kursprogram för seniorer", "Sida")
    write_docx(CIRCULAR, folder / "circular-economy-background-for-visitors.docx")
    write_docx(VARDFORENING, folder / "vanortsveckan-handbok-workshoppar.docx")
    write_docx(ARSREDOVISNING, folder / "internationellt-arbete-2025-redovisning.docx")
    write_docx(RIVERS, folder / "etwinning-our-rivers-project-report.docx")
    write_pdf(SKRNAT, folder / "skr-eu-natverket-anteckningar-2026-05.pdf",
              "Alingsås kommun – Anteckningar från SKR:s EU-nätverk", "Sida")
    write_docx(JIAXING, folder / "jiaxing-background-note.docx")
    write_docx(MOU, folder / "mou-template-english.docx")
    write_pdf(LIFENEWS, folder / "life-save-wetlands-newsletter-1.pdf", "LIFE Säveå Wetlands – Newsletter", "Page")
    write_pdf(VVBUDGET, folder / "vanortsveckan-2027-budget.pdf", "Alingsås kommun – Vänortsveckan 2027", "Sida")
    write_docx(AMBASSADOR, folder / "digitala-ambassadorer-uppdragsbeskrivning.docx")
    write_pdf(ELEVRESA, folder / "checklista-elevresor-europa.pdf",
              "Barn- och ungdomsförvaltningen – Checklista elevresor", "Sida")
    print(f"wrote 18 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
