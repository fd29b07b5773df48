"""Writes the sealed part's Word and PDF documents from the texts kept in this script.

FICTIONAL TEST CONTENT: invented municipal documents for the evaluation corpus; they describe
no real rules of Alingsås kommun.

    /work/main/.venv/bin/python tests/eval/corpus/sealed/make_docs.py [OUTPUT_DIR]

Default output: knowledge/ beside this script. Each document is a list of (kind, value):
title, ingress (PDF only), h1, h2, p, bold, ul (list), ol (numbered list), table (rows, first row header).
"""
from __future__ import annotations

import sys
from pathlib import Path


INTERREG = [
    ("title", "Att delta i Interreg-projekt – vägledning för förvaltningarna"),
    ("p", "Version 3.1, fastställd av kommundirektören 2025-10-06. Ersätter version 2.4 från 2023. "
          "Dokumentansvarig: internationell samordnare, kommunledningskontoret."),
    ("h1", "1. Inledning"),
    ("p", "Den här vägledningen är till för dig som arbetar i en förvaltning eller ett kommunalt bolag i Alingsås "
          "och funderar på att gå med i ett Interreg-projekt. Den beskriver vilka program som är aktuella för "
          "Alingsås, vilka regler som gäller för partnerskapet, hur medfinansieringen fungerar och vad som krävs "
          "av dig när projektet väl är igång. Vägledningen ersätter inte programmens egna handböcker; det är alltid "
          "programhandboken för den aktuella utlysningen som gäller om något skiljer sig åt."),
    ("p", "Interreg är EU:s program för territoriellt samarbete, där regioner och kommuner i olika länder löser "
          "gemensamma problem tillsammans. Programmen finansieras av Europeiska regionala utvecklingsfonden (Eruf) "
          "och den nuvarande programperioden omfattar åren 2021–2027. Projekt som beviljas i slutet av perioden "
          "kan pågå till och med 2029."),
    ("p", "Ett Interreg-projekt skiljer sig från ett vanligt utvecklingsprojekt genom att resultatet ska ha ett "
          "gränsöverskridande mervärde. Det räcker alltså inte att varje partner gör samma sak på sin egen ort; "
          "partnerna ska utveckla något tillsammans som ingen av dem hade kunnat göra ensam."),
    ("h1", "2. Vilka program kan Alingsås delta i?"),
    ("p", "Alingsås ligger i Västra Götaland och kan delta i tre Interreg-program där kommunen ingår i "
          "programområdet: Interreg Öresund-Kattegat-Skagerrak (ÖKS), Interreg Nordsjön och Interreg Östersjön. "
          "Tabellen nedan sammanfattar de viktigaste skillnaderna."),
    ("table", [
        ["Program", "Geografi", "EU-stöd för svenska partner", "Typisk projektbudget", "Sekretariat"],
        ["Interreg Öresund-Kattegat-Skagerrak (ÖKS)", "Skåne, Halland och Västra Götaland samt delar av Danmark och Norge",
         "högst 60 procent av de stödberättigande kostnaderna", "10–40 miljoner kronor", "Köpenhamn, med kontaktpunkt i Göteborg"],
        ["Interreg Nordsjön", "Länder och regioner runt Nordsjön, hela Västra Götaland ingår",
         "högst 60 procent av de stödberättigande kostnaderna", "EUR 2–6 miljoner", "Viborg, Danmark"],
        ["Interreg Östersjön", "Hela Sverige och länderna runt Östersjön",
         "högst 80 procent av de stödberättigande kostnaderna", "EUR 2–4 miljoner", "Rostock och Riga"],
    ]),
    ("p", "Interreg Sverige-Norge omfattar bara Fyrbodal-delen av Västra Götaland. Alingsås ligger utanför "
          "programområdet och kan därför inte vara ordinarie partner där, men kan i undantagsfall medverka om "
          "programmet bedömer att insatsen gynnar programområdet."),
    ("h2", "Interreg Öresund-Kattegat-Skagerrak"),
    ("p", "ÖKS är det program som ligger närmast Alingsås vardag. Projekten handlar ofta om grön omställning, "
          "hållbara transporter, kompetensförsörjning och hälsa. Programmet har normalt två ansökningsomgångar per "
          "år, en på våren och en på hösten. Nästa ansökningsomgång stänger den 30 september 2026."),
    ("p", "ÖKS har också en pott för mindre projekt. Ett småprojekt får pågå i högst 18 månader och beviljas "
          "högst 200 000 euro i EU-stöd. Småprojekt passar bra för förstudier och för att pröva ett nytt partnerskap "
          "innan man söker ett fullskaligt projekt."),
    ("h2", "Interreg Nordsjön"),
    ("p", "Nordsjöprogrammet riktar sig till kustregioner och städer runt Nordsjön: Sverige, Danmark, Tyskland, "
          "Nederländerna, Belgien och Norge. Projekten är ofta större och mer tekniska än i ÖKS, till exempel inom "
          "klimatanpassning, cirkulär ekonomi och gröna transporter. Programmet öppnar normalt en utlysning per år "
          "i två steg: först en kortare projektidé (expression of interest) och därefter en fullständig ansökan."),
    ("h2", "Interreg Östersjön"),
    ("p", "Östersjöprogrammet omfattar hela Sverige och är därför det program där Alingsås har flest möjliga "
          "partner. EU-stödet är högre än i de andra två programmen, men projekten kräver också mer av partnerna "
          "när det gäller transnationellt samarbete och spridning av resultat."),
    ("p", "Östersjöprogrammet har en särskild typ av mindre projekt, small projects, med en total budget på "
          "högst EUR 500 000 och en löptid på högst två år. Utlysningen för småprojekt öppnar 2026-02-02 och "
          "stänger 2026-04-17."),
    ("h1", "3. Partnerskapet"),
    ("h2", "Huvudpartner och projektpartner"),
    ("p", "Varje Interreg-projekt har en huvudpartner (lead partner) som undertecknar avtalet med programmet, "
          "lämnar in ansökan och ansvarar gentemot programmet för hela projektet. Övriga partner är projektpartner "
          "och ansvarar för sina egna aktiviteter och sin egen budget."),
    ("p", "Alingsås kommun går i första hand in som projektpartner. Att vara huvudpartner innebär ett stort "
          "administrativt åtagande och kräver att förvaltningen har en projektekonom som kan arbeta med projektet "
          "under hela projekttiden. Om förvaltningen ändå vill vara huvudpartner ska den internationella "
          "samordnaren och ekonomiavdelningen kopplas in innan projektidén presenteras för partnerna."),
    ("h2", "Krav på antal partner"),
    ("p", "Reglerna för hur många partner som krävs skiljer sig mellan programmen:"),
    ("ul", [
        "ÖKS: partner från minst två av de tre länderna Sverige, Danmark och Norge.",
        "Nordsjön: minst tre partner från minst tre länder, varav minst två EU-länder.",
        "Östersjön: minst tre partner från minst tre länder i programområdet.",
    ]),
    ("p", "Norska partner får inte stöd från Eruf utan finansieras med norska statliga medel (IR-midler) som "
          "söks parallellt i Norge. En norsk partner räknas ändå med när man bedömer om kravet på antal länder är "
          "uppfyllt."),
    ("h2", "Associerade partner"),
    ("p", "En associerad partner deltar i projektet utan egen budget och får inget EU-stöd. Det kan till exempel "
          "vara ett regionalt förbund, ett företag eller en statlig myndighet som vill följa arbetet och bidra med "
          "kunskap. Associerade partner räknas inte när man bedömer om kravet på antal partner är uppfyllt."),
    ("h2", "Partnerskapsavtal"),
    ("p", "Innan projektet startar tecknar huvudpartnern ett partnerskapsavtal med samtliga projektpartner. "
          "Avtalet reglerar bland annat ansvarsfördelning, hur EU-stödet fördelas, vad som händer om en partner "
          "hoppar av och hur tvister löses. Programmen tillhandahåller mallar. Partnerskapsavtalet ska granskas av "
          "kommunjuristen innan det undertecknas av Alingsås kommun."),
    ("h1", "4. Medfinansiering och budget"),
    ("p", "EU-stödet täcker aldrig hela budgeten. Den del som inte täcks av EU kallas medfinansiering och ska "
          "komma från partnern själv eller från andra offentliga källor. För Alingsås del betyder det att en "
          "förvaltning som deltar i ett ÖKS-projekt med en budget på 1,5 miljoner kronor själv måste stå för minst "
          "600 000 kronor, eftersom EU-stödet är högst 60 procent."),
    ("p", "Medfinansieringen kan bestå av kontanta medel eller av arbetstid. Arbetstid räknas som medfinansiering "
          "när personal som redan är anställd arbetar i projektet och tiden redovisas enligt programmets regler. "
          "Det vanligaste i Alingsås är att medfinansieringen i huvudsak består av arbetstid."),
    ("p", "Västra Götalandsregionen kan i vissa fall bevilja regional medfinansiering till projekt som bidrar "
          "till den regionala utvecklingsstrategin. Ansökan görs till regionens avdelning för regional utveckling "
          "och ska vara inlämnad innan projektet startar. Kontakta samordnaren om du vill pröva den möjligheten."),
    ("h2", "EU-stödet betalas ut i efterhand"),
    ("p", "EU-stödet betalas ut först när kostnaderna har redovisats och granskats. Förvaltningen måste därför "
          "kunna finansiera hela sin del av budgeten under projekttiden. Räkna med att det dröjer sex till nio "
          "månader från det att en kostnad uppstått till dess att EU-stödet för den kommer in på kommunens konto. "
          "Ekonomiavdelningen hjälper till att planera likviditeten."),
    ("h2", "Förenklade kostnader"),
    ("p", "Interreg-programmen använder förenklade kostnadsalternativ för att minska mängden underlag. Kontors- "
          "och administrationskostnader ersätts med en schablon på 15 procent av partnerns personalkostnader, och "
          "rese- och logikostnader ersätts i ÖKS med en schablon på 15 procent av personalkostnaderna. Det innebär "
          "att enskilda hotellkvitton och tågbiljetter inte behöver redovisas till programmet, men de ska ändå "
          "bokföras korrekt i kommunens ekonomisystem."),
    ("p", "Personalkostnader beräknas med ett timpris som tas fram genom att den senaste dokumenterade "
          "årslönen inklusive sociala avgifter delas med 1 720 timmar. Den som arbetar i projektet på heltid "
          "redovisar sin lönekostnad utan timberäkning."),
    ("h2", "Vad är inte stödberättigande?"),
    ("ul", [
        "avdragsgill mervärdesskatt (moms),",
        "gåvor till partner och deltagare, utom reklamartiklar av lågt värde med projektets logotyp,",
        "böter, straffavgifter och kostnader för rättstvister,",
        "kostnader som har uppstått innan projektet beviljades, om inte programmet uttryckligen tillåter det,",
        "räntor på lån och valutaförluster.",
    ]),
    ("h1", "5. Från idé till ansökan"),
    ("p", "Att ta fram en Interreg-ansökan tar tid. Räkna med minst fyra månader från första idé till inlämnad "
          "ansökan, och längre om partnerskapet är nytt. Följ stegen nedan."),
    ("ol", [
        "Kontakta den internationella samordnaren så tidigt som möjligt, och senast fyra månader innan utlysningen stänger.",
        "Förankra projektidén hos din förvaltningschef.",
        "Fyll i kommunens blankett Anmälan om externfinansierat projekt och skicka den till ekonomiavdelningen.",
        "Ta fram budgeten tillsammans med EU-controllern på ekonomiavdelningen.",
        "Låt förvaltningen fatta beslut om deltagande enligt kommunens delegationsordning.",
        "Låt en behörig firmatecknare underteckna partnerintyget (letter of intent) som huvudpartnern behöver.",
        "Huvudpartnern lämnar in ansökan i programmets elektroniska system Jems.",
    ]),
    ("p", "Partnerintyget ska vara undertecknat av en person med rätt att teckna kommunens firma. I Alingsås är "
          "det normalt förvaltningschefen, inom ramen för delegationsordningen. En projektledare eller "
          "enhetschef får inte underteckna partnerintyget."),
    ("p", "West Sweden, Västsveriges EU-kontor, kan ge stöd i projektutvecklingen och hjälpa till att hitta "
          "partner. Kontakten med West Sweden går via den internationella samordnaren."),
    ("h1", "6. Under projektet"),
    ("h2", "Rapportering"),
    ("p", "I Interreg rapporterar varje projektpartner sina kostnader och aktiviteter i en partnerrapport för "
          "varje rapportperiod. Rapportperioderna är sex månader långa. Huvudpartnern sammanställer sedan "
          "partnerrapporterna till en gemensam projektrapport som skickas till programmet."),
    ("p", "Partnerrapporten ska lämnas in senast 30 dagar efter att rapportperioden har löpt ut. För att hinna "
          "med kommunens interna kontroll skickar projektledaren sitt underlag till EU-controllern senast tio "
          "arbetsdagar efter periodens slut."),
    ("p", "Partnerrapporten innehåller:"),
    ("ul", [
        "en beskrivning av genomförda aktiviteter och resultat under perioden,",
        "en förteckning över kostnader med verifikationer,",
        "tidrapporter för personal som arbetar deltid i projektet,",
        "underlag för upphandlingar som gjorts under perioden.",
    ]),
    ("h2", "Förstanivåkontroll"),
    ("p", "Innan kostnaderna kan godkännas granskas de av en oberoende kontrollant, så kallad förstanivåkontroll "
          "(first level control). För svenska partner i ÖKS, Nordsjön och Östersjön utförs kontrollen av "
          "Tillväxtverket. Förstanivåkontrollen är kostnadsfri för svenska partner och får inte budgeteras i "
          "projektet. Kontrollen tar normalt sex till åtta veckor."),
    ("h2", "Tidrapportering"),
    ("p", "Den som arbetar deltid i projektet ska föra tidrapport varje månad, där de timmar som lagts på "
          "projektet framgår. Tidrapporten undertecknas av medarbetaren och av närmaste chef. Den som arbetar "
          "heltid i projektet behöver ingen tidrapport, men ett uppdragsbrev som visar att hela tjänsten är "
          "avsatt för projektet."),
    ("h2", "Upphandling"),
    ("p", "Kommunen följer lagen om offentlig upphandling (LOU) även när inköpen görs i ett EU-projekt. Inköp "
          "under direktupphandlingsgränsen, för närvarande 700 000 kronor, får direktupphandlas. I EU-projekt "
          "ska minst tre leverantörer tillfrågas vid direktupphandlingar över 100 000 kronor, och förfrågan och "
          "svaren ska dokumenteras. Kontakta upphandlingsenheten innan du köper in tjänster till projektet."),
    ("h2", "Kommunikation och synlighet"),
    ("p", "Alla projekt som får stöd från Interreg ska visa att de är EU-finansierade. Programmets logotyp, som "
          "innehåller EU-emblemet, ska finnas på allt informationsmaterial, på presentationer och på projektets "
          "webbsida. En affisch i minst A3-format med information om projektet ska sättas upp på en plats där "
          "allmänheten kan se den, till exempel i entrén till förvaltningens lokaler."),
    ("p", "Projektet ska ha en egen sida på alingsas.se, med en kort beskrivning av projektet, dess mål och "
          "EU-stödets storlek. Kommunikationsavdelningen hjälper till att publicera sidan."),
    ("h2", "Ändringar i projektet"),
    ("p", "Om projektet behöver ändra budget, aktiviteter eller tidplan ska huvudpartnern begära ändringen hos "
          "programmet. Mindre omfördelningar mellan budgetposter, upp till 20 procent av den ursprungliga posten, "
          "kan normalt göras utan förhandsgodkännande. Större ändringar kräver ett formellt beslut från programmet."),
    ("h1", "7. Avslut och arkivering"),
    ("p", "När projektet är slut lämnar varje partner en sista partnerrapport och huvudpartnern en slutrapport. "
          "Slutrapporten ska normalt vara inlämnad senast tre månader efter projektets slutdatum."),
    ("p", "Alla handlingar i projektet ska bevaras i minst fem år från den 31 december det år då den sista "
          "utbetalningen till projektet gjordes. Kommunens dokumenthanteringsplan kan innebära att vissa "
          "handlingar ska bevaras längre än så, eller för all framtid. Rådgör med kommunarkivet innan något "
          "gallras."),
    ("p", "Handlingarna arkiveras i kommunens ärendehanteringssystem under projektets diarienummer. Papperskvitton "
          "som har skannats in ska ändå sparas i original tills programmet har gjort sin slutbetalning."),
    ("h2", "Ett typiskt projektår för en partner"),
    ("p", "För en projektpartner i ÖKS med rapportperioder som följer kalenderhalvåren ser ett år ofta ut så här:"),
    ("table", [
        ["Tidpunkt", "Aktivitet"],
        ["Januari", "Underlag för partnerrapporten för juli–december skickas till EU-controllern"],
        ["Senast 30 januari", "Partnerrapporten lämnas in i Jems"],
        ["Mars", "Partnermöte hos en av partnerna"],
        ["Juli", "Underlag för partnerrapporten för januari–juni skickas till EU-controllern"],
        ["Senast 30 juli", "Partnerrapporten lämnas in i Jems"],
        ["Hösten", "Partnermöte och styrgruppsmöte; budgeten för nästa år stäms av"],
    ]),
    ("p", "Förstanivåkontrollen granskar rapporten under de närmaste sex till åtta veckorna efter att den lämnats "
          "in. Därefter sammanställer huvudpartnern projektrapporten, och utbetalningen från programmet kommer "
          "normalt några månader senare."),
    ("h1", "8. Vanliga misstag"),
    ("p", "Erfarenheterna från tidigare projekt i Alingsås visar att samma misstag återkommer:"),
    ("ul", [
        "tidrapporter som saknas eller inte är undertecknade av chefen,",
        "inköp som gjorts utan att tre leverantörer tillfrågats,",
        "EU-logotypen saknas på inbjudningar och presentationer,",
        "kostnader som bokförts på fel projektnummer i ekonomisystemet,",
        "personalens lön har ändrats under året utan att timpriset räknats om.",
    ]),
    ("h1", "9. Exempel: ett ÖKS-projekt i praktiken"),
    ("p", "Mellan 2022 och 2025 deltog Alingsås kommun som projektpartner i ÖKS-projektet Cykelvänliga småstäder, "
          "tillsammans med två kommuner i Danmark, en kommun i Norge och Region Halland. Samhällsbyggnadsförvaltningen "
          "ansvarade för kommunens del, som omfattade en cykelplan för centrala Alingsås och ett pilotförsök med "
          "lånecyklar vid resecentrum."),
    ("p", "Kommunens budget i projektet var 1,8 miljoner kronor, varav EU-stödet utgjorde 60 procent. Den egna "
          "medfinansieringen bestod nästan helt av arbetstid för två trafikplanerare. Projektet lämnade sju "
          "partnerrapporter och samtliga godkändes av förstanivåkontrollen, men två av dem först efter att "
          "saknade tidrapporter hade kompletterats."),
    ("p", "Erfarenheterna från projektet har legat till grund för flera av råden i den här vägledningen, särskilt "
          "när det gäller tidrapportering och likviditetsplanering."),
    ("h1", "10. Ordlista"),
    ("p", "Eruf – Europeiska regionala utvecklingsfonden, den EU-fond som finansierar Interreg."),
    ("p", "Huvudpartner – den partner som lämnar in ansökan, tecknar avtal med programmet och samordnar projektet. "
          "Kallas lead partner på engelska."),
    ("p", "Projektpartner – en partner med egen budget som genomför en del av projektets aktiviteter."),
    ("p", "Associerad partner – en organisation som deltar i projektet utan egen budget."),
    ("p", "Jems – det elektroniska ansöknings- och rapporteringssystem som de flesta Interreg-program använder."),
    ("p", "Förstanivåkontroll – den granskning av en partners kostnader som görs innan kostnaderna kan ingå i en "
          "projektrapport."),
    ("p", "IR-midler – de norska statliga medel som finansierar norska partner i Interreg-projekt."),
    ("p", "Schablon – ett förenklat kostnadsalternativ där en kostnad ersätts med en fast procentsats av en annan "
          "kostnad i stället för med faktiska belopp."),
    ("p", "Partnerintyg – ett intyg (letter of intent) där en partner bekräftar att den deltar i projektet och står "
          "för sin del av medfinansieringen."),
    ("h1", "11. Kontakt"),
    ("p", "Frågor om program, partnersökning och ansökningar: den internationella samordnaren på "
          "kommunledningskontoret. Frågor om budget, redovisning och tidrapportering: EU-controllern på "
          "ekonomiavdelningen. Frågor om upphandling: upphandlingsenheten. Kontaktuppgifter finns i "
          "kontaktförteckningen för EU-projektens stödfunktioner."),
]
HOSTING = [
    ("title", "Hosting foreign delegations and study visits"),
    ("p", "Staff guide. Municipal Executive Office, Alingsås kommun. Updated January 2026."),
    ("h1", "Why we host visits"),
    ("p", "Alingsås receives between 15 and 20 foreign delegations a year. Most come from our twin towns, from "
          "partners in EU projects, or from municipalities that want to learn about our work on fair trade, "
          "sustainable urban development and the café culture in the town centre. A well-planned visit builds "
          "relationships that often lead to new projects, and it gives our own staff a chance to reflect on how "
          "we work."),
    ("p", "At the same time, hosting takes time from the departments. This guide explains how a request is "
          "handled, how to book rooms and plan the programme, what it costs and who pays, and what to think about "
          "when taking photos."),
    ("h1", "How a request is handled"),
    ("p", "All requests for visits from abroad, whether they arrive by e-mail, through an embassy or through a "
          "department, are forwarded to the international coordinator at the Municipal Executive Office. The "
          "coordinator keeps the delegation log, a register of all visits, and decides together with the "
          "department concerned whether the municipality can host the visit."),
    ("p", "We aim to reply to every request within ten working days. A request should reach the coordinator "
          "at least six weeks before the proposed visit. For groups of more than 20 people, or visits that "
          "include a political welcome, the request should arrive at least eight weeks in advance."),
    ("h2", "What we consider before saying yes"),
    ("p", "The coordinator and the department look at the following questions before a visit is accepted:"),
    ("ul", [
        "Is the visit relevant to an ongoing project, a twin town or one of the municipality's priorities?",
        "Does the department concerned have staff available on the proposed dates?",
        "Can the visit be combined with other visits or events that week?",
        "Is the purpose of the visit clear, and does the group have a named contact person?",
    ]),
    ("p", "We may decline requests that are mainly tourism, commercial sales visits, or visits that would place "
          "an unreasonable burden on schools or care units. Declining a request is always done politely and, "
          "where possible, with a suggestion of another municipality or organisation that could help."),
    ("h1", "Booking rooms"),
    ("p", "Meetings with delegations are normally held in the town hall (Stadshuset). The table below shows the "
          "rooms that can be used and how they are booked."),
    ("table", [
        ["Room", "Seats", "Equipment", "How to book"],
        ["Sessionssalen (council chamber)", "70", "Microphones, projector, interpretation booth",
         "Through the secretariat; only for visits hosted by the chair of the municipal executive board"],
        ["Mjörn", "16", "Large screen, video conference", "Outlook room booking"],
        ["Anten", "8", "Screen", "Outlook room booking"],
        ["Lilla salen, Alingsås library", "40", "Projector, sound system", "Library reception, 0322-61 67 50"],
    ]),
    ("p", "Book the room as soon as the date is confirmed. Rooms in the town hall are in high demand on Tuesdays "
          "and Thursdays when committees meet. Jenny Åberg, administrator at the Municipal Executive Office, can "
          "help with bookings in the town hall and with ordering coffee and lunch; e-mail "
          "jenny.aberg@alingsas.se."),
    ("p", "The interpretation booth in Sessionssalen can be used for simultaneous interpretation. It has room for "
          "two interpreters, which is the minimum for a full day of conference interpreting."),
    ("h1", "Planning the programme"),
    ("p", "A typical study visit lasts half a day and follows a simple pattern: a welcome, a presentation of "
          "Alingsås and the municipal organisation, one or two thematic presentations, a site visit and lunch. "
          "Full-day visits usually add a second site visit and a summing-up session."),
    ("p", "Send a draft programme to the group's contact person at least two weeks before the visit. The draft "
          "should include times, addresses, the names and titles of speakers, and information about lunch."),
    ("p", "An example of a half-day programme for a group interested in schools is shown below."),
    ("table", [
        ["Time", "Activity", "Place"],
        ["09.00", "Welcome and coffee", "Town hall, room Mjörn"],
        ["09.20", "Alingsås and the municipal organisation", "Town hall, room Mjörn"],
        ["10.00", "The Swedish school system and our local priorities", "Town hall, room Mjörn"],
        ["10.45", "Walk to Nolhaga school", "-"],
        ["11.00", "Visit to Nolhaga school, meeting with the principal and pupils", "Nolhaga school"],
        ["12.15", "Lunch", "Café in the town centre"],
    ]),
    ("h2", "Political welcome"),
    ("p", "If the delegation includes mayors, ministers or members of parliament, a politician should normally "
          "welcome the group. A political welcome is requested from the office of the chair of the municipal "
          "executive board at least four weeks in advance. The coordinator makes the request."),
    ("h2", "Site visits"),
    ("p", "Site visits are often the part of the programme that visitors value most. Popular destinations are "
          "the recycling centre, Nolhaga school, the town centre and one of the municipal care homes. Visits to "
          "schools, preschools and care homes must be approved by the head of the unit, and visitors may never be "
          "left alone with children, pupils or care recipients."),
    ("h2", "Language and interpreting"),
    ("p", "Presentations are normally given in English. If the delegation does not speak English and does not "
          "bring its own interpreter, book an interpreter through the municipality's language service. Conference "
          "interpreters should be booked at least four weeks ahead, and interpreters for smaller meetings at least "
          "five working days ahead. The costs of interpreting are paid by the host department."),
    ("h2", "Food and dietary requirements"),
    ("p", "Ask the group in advance about allergies and dietary requirements. Lunch is usually served at one of "
          "the cafés in the town centre or in the town hall. Alcohol is not served at lunches for delegations."),
    ("h1", "Costs and who pays"),
    ("p", "Visits from our twin towns and from partners in ongoing projects are free of charge for the visiting "
          "group. The host department covers its own staff time, and lunch is paid by the department that invited "
          "the group."),
    ("p", "For other study visits, the municipality charges a fee to cover staff time. The fee is SEK 3,500 for a "
          "half-day programme and SEK 6,000 for a full-day programme, for groups of up to 25 people. For larger "
          "groups the fee is agreed with the coordinator. Lunch and coffee are charged at cost on top of the fee. "
          "The coordinator sends the invoice after the visit."),
    ("p", "The municipality does not pay for the delegation's travel to and from Alingsås, or for its "
          "accommodation. We can recommend hotels, but the group books and pays for them itself."),
    ("table", [
        ["Type of visit", "Fee", "Lunch and coffee"],
        ["Twin town or project partner", "Free of charge", "Paid by the inviting department"],
        ["Other study visit, half day, up to 25 people", "SEK 3,500", "Charged at cost"],
        ["Other study visit, full day, up to 25 people", "SEK 6,000", "Charged at cost"],
        ["Other study visit, more than 25 people", "Agreed with the coordinator", "Charged at cost"],
    ]),
    ("h2", "Gifts"),
    ("p", "It is customary to exchange small gifts with official delegations. Follow the municipality's "
          "guidelines on gifts, hospitality and bribery. Gifts from the municipality should be of symbolic value "
          "and can be collected from the coordinator's stock of official gifts at the Municipal Executive Office."),
    ("h1", "Photos and social media"),
    ("p", "Photos from visits are a good way to show the municipality's international work, but people have the "
          "right to decide whether they want to be photographed and published. Before the visit, ask the group's "
          "contact person to inform the participants that photos may be taken and published on alingsas.se and "
          "on the municipality's social media accounts."),
    ("ul", [
        "Announce at the start of the visit that photos will be taken, and give participants the chance to say no.",
        "Participants who do not want to be photographed get a red name badge.",
        "Photos of children and pupils from visiting school groups may not be published without written consent from their guardians.",
        "Photos where a person is clearly recognisable are saved in the municipality's image bank with information about the consent.",
    ]),
    ("p", "Photos are stored in the image bank for at most three years unless they are selected for the "
          "archive. Do not store photos from visits on private phones longer than necessary; transfer them to the "
          "image bank within a week."),
    ("h1", "Safety, accessibility and practical matters"),
    ("p", "The host is responsible for the group during the programme. Make sure that you know the evacuation "
          "routes in the buildings you visit and that you have a list of the participants with you, so that you "
          "can check that everyone is present if the building has to be evacuated."),
    ("p", "Ask in advance whether any participant needs accessible premises or other adjustments. The town hall "
          "and the library are fully accessible. Some of the older school buildings are not, so check before you "
          "include them in the programme."),
    ("p", "Groups that arrive by coach can park at the coach parking next to the travel centre (resecentrum), "
          "a five-minute walk from the town hall. Parking for coaches in front of the town hall is not permitted."),
    ("h2", "Visits from twin towns"),
    ("p", "Visits from Lillestrøm and Tårnby within the Nordic twin-town chain are planned by the twinning "
          "officer at the culture and leisure administration, not by the Municipal Executive Office. The same "
          "rules apply to rooms, photos and gifts, but the twinning officer coordinates the programme and the "
          "costs are paid from the twin-town chain's budget."),
    ("p", "Visits from our other twin towns are usually organised by the twin-town associations. The associations "
          "can borrow meeting rooms in the town hall free of charge for such visits, if they are booked through "
          "the coordinator."),
    ("h1", "After the visit"),
    ("ol", [
        "Send a thank-you e-mail to the group's contact person within one week.",
        "Send the presentations that were shown, if the speakers agree.",
        "Report the visit to the coordinator, with the number of participants, countries and topics, so that it can be entered in the delegation log.",
        "If a fee is to be charged, give the coordinator the information needed for the invoice.",
    ]),
    ("p", "The delegation log is used for the annual report on the municipality's international work, which "
          "the municipal executive board presents to the municipal council."),
    ("h1", "Checklist"),
    ("ul", [
        "Request forwarded to the coordinator and accepted",
        "Room booked and catering ordered",
        "Programme sent to the group at least two weeks before",
        "Interpreter booked, if needed",
        "Political welcome requested, if needed",
        "Participants informed about photos",
        "Gift prepared",
        "Thank-you e-mail and report to the coordinator after the visit",
    ]),
]
GDPR = [
    ("title", "Data protection and IT security in international cooperation"),
    ("p", "Guidance for staff working with partners abroad. Prepared by the data protection officer and the "
          "information security coordinator. Version 2, adopted by the municipal director on 2025-09-15."),
    ("h1", "Purpose and scope"),
    ("p", "International projects and exchanges mean that personal data and municipal information are shared "
          "with organisations in other countries. This guidance explains what the General Data Protection "
          "Regulation (GDPR) requires when we work with foreign partners, which IT tools may be used, and how to "
          "keep information and devices safe when travelling."),
    ("p", "The guidance applies to all employees and elected representatives of Alingsås kommun and its "
          "municipal companies who take part in EU projects, twin-town exchanges, study visits or other "
          "international cooperation."),
    ("h1", "Key concepts"),
    ("p", "Personal data is any information that can be linked to a living person, directly or indirectly. "
          "Names, e-mail addresses, photos, personal identity numbers and IP addresses are all personal data."),
    ("p", "The controller is the organisation that decides why and how personal data is processed. In Alingsås "
          "kommun each committee is the controller for the processing in its own area of responsibility. The "
          "processor is an organisation that processes personal data on behalf of the controller, for example a "
          "supplier of an IT system."),
    ("p", "A third country is a country outside the EU and the European Economic Area (EEA). Norway, Iceland "
          "and Liechtenstein are part of the EEA, so personal data may be shared with partners there on the same "
          "terms as with partners in EU member states."),
    ("h1", "Sharing personal data with partners"),
    ("h2", "Partners in the EU and the EEA"),
    ("p", "Personal data may be shared with project partners in the EU and the EEA when it is necessary for the "
          "project and the people concerned have been informed. A typical example is a participant list with "
          "names, organisations and e-mail addresses sent to the partner that hosts a project meeting."),
    ("p", "When two or more partners decide together on the purpose and means of processing, for example in a "
          "joint participant register, they are joint controllers. Joint controllers must have an arrangement "
          "that sets out who is responsible for what, in particular for informing the people concerned and for "
          "handling their requests. The data protection officer has a template for such arrangements."),
    ("h2", "Partners in third countries"),
    ("p", "Personal data may only be transferred to a third country if the country has an adequacy decision from "
          "the European Commission, or if other safeguards are in place, normally the Commission's standard "
          "contractual clauses. Countries with an adequacy decision include the United Kingdom, Switzerland, "
          "Japan and South Korea. For the United States, the adequacy decision only covers companies certified "
          "under the EU-US Data Privacy Framework."),
    ("p", "Before any personal data is transferred to a partner in a third country without an adequacy decision, "
          "the data protection officer must be consulted. Do not send the data until the safeguards are in place."),
    ("h2", "Sensitive personal data"),
    ("p", "Special categories of personal data, such as information about health, ethnic origin, religion or "
          "trade union membership, require extra care. In many international projects, for example projects for "
          "people who are far from the labour market, the participant data includes such information."),
    ("ul", [
        "Sensitive personal data may never be sent by ordinary e-mail.",
        "Sensitive personal data may only be shared with partners if there is a clear legal basis and the data protection officer has approved the sharing.",
        "Personal identity numbers are not shared with foreign partners; use a project-specific participant code instead.",
    ]),
    ("h2", "Impact assessment"),
    ("p", "A data protection impact assessment (DPIA) is needed when processing is likely to result in a high "
          "risk to people's rights, for example when a project collects sensitive data about many participants "
          "or combines registers from several countries. The project manager is responsible for making sure a "
          "DPIA is carried out before the processing starts. The data protection officer gives advice but does "
          "not write the assessment."),
    ("h1", "Approved IT tools"),
    ("p", "Use the municipality's own tools whenever possible. The following tools are approved for work with "
          "foreign partners:"),
    ("table", [
        ["Tool", "Approved for", "Not approved for"],
        ["Microsoft Teams (municipal account)", "Meetings and chat with partners; sharing documents classified Open or Internal",
         "Sensitive personal data"],
        ["Project room in SharePoint with guest access", "Shared documents with partners in EU projects",
         "Documents classified Confidential or Strictly confidential"],
        ["Partner's own video platform (e.g. Zoom)", "Taking part in meetings organised by the partner",
         "Sharing screens that show personal data"],
        ["Encrypted e-mail (Säker e-post)", "Sending documents with personal data that must leave the municipality",
         "-"],
    ]),
    ("p", "Guest access to a SharePoint project room is requested from the IT service desk by the project "
          "manager. Guest accounts are removed automatically after 180 days without activity, and the project "
          "manager must review the list of guests every six months."),
    ("p", "Personal cloud storage services, such as private Dropbox or Google Drive accounts, may not be used "
          "for municipal information. File transfer services such as WeTransfer may only be used for material "
          "that contains no personal data, for example press photos of buildings."),
    ("h1", "Information classification"),
    ("p", "All municipal information is classified in one of four levels: Open, Internal, Confidential and "
          "Strictly confidential. Only information classified as Open or Internal may be stored in a shared "
          "project room with external partners. If you are unsure how a document should be classified, ask the "
          "information security coordinator."),
    ("h1", "Travelling abroad with devices"),
    ("p", "When you travel to countries outside the EU and the EEA, do not take your ordinary work laptop. "
          "Borrow a travel laptop from the IT service desk instead. The travel laptop contains no stored "
          "municipal information and is reset after each trip. Book it at least five working days before you "
          "leave."),
    ("p", "On all trips abroad:"),
    ("ul", [
        "Always use the municipality's VPN when connecting to the internet, especially on hotel and airport wi-fi.",
        "Never leave your laptop or phone unattended, not even in a hotel room safe if you can avoid it.",
        "Do not plug in USB sticks or chargers that you receive as gifts at conferences.",
        "Keep multi-factor authentication on your phone and make sure the phone has a screen lock.",
    ]),
    ("h2", "Lost or stolen devices"),
    ("p", "A lost or stolen device must be reported to the IT service desk immediately, so that it can be locked "
          "and wiped remotely. If the device may have contained personal data, you must also report it to the "
          "data protection officer within 24 hours."),
    ("h1", "Personal data breaches"),
    ("p", "A personal data breach is a security incident that leads to personal data being lost, destroyed, "
          "changed or disclosed to someone who should not have it. Sending a participant list to the wrong "
          "partner is a typical example."),
    ("ol", [
        "Report the incident to your manager and to the data protection officer as soon as you discover it.",
        "Record what happened in the municipality's incident reporting system.",
        "If a project partner is involved, inform the partner's contact person and ask them to delete data they should not have received.",
        "The data protection officer assesses whether the breach must be reported to the Swedish Authority for Privacy Protection (IMY).",
    ]),
    ("p", "Breaches that must be reported to IMY are reported within 72 hours of the municipality becoming aware "
          "of them. The report is made by the data protection officer on behalf of the committee concerned."),
    ("h1", "Photos, video and recordings"),
    ("p", "Photos and video recordings where people can be recognised are personal data. When photos are taken "
          "during visits or project meetings, follow the municipality's guidance on hosting delegations and make "
          "sure participants have been informed before the photos are taken."),
    ("p", "Recording a digital meeting with foreign partners requires that all participants are informed before "
          "the recording starts. Recordings may only be stored in the municipality's own systems and are deleted "
          "when they are no longer needed, at the latest when the project has ended. Recordings of meetings where "
          "sensitive personal data is discussed are not allowed."),
    ("h2", "Consent"),
    ("p", "Consent is only one of several legal bases for processing personal data, and it is often not the "
          "right one for a public authority. Most processing in projects is based on the fact that it is "
          "necessary to perform a task in the public interest. Consent is mainly used for photos that are "
          "published for marketing purposes and for voluntary contact lists. Consent must be given freely, "
          "be documented and be possible to withdraw at any time."),
    ("p", "For children under 13, consent for publishing photos is given by their guardians. For young people "
          "aged 13 to 17, both the young person and the guardians should agree."),
    ("h1", "Examples"),
    ("p", "A project manager wants to send a list of participants for a study visit, with names, employers and "
          "dietary requirements, to the host partner in Denmark. This is allowed, since Denmark is an EU member "
          "state, but the dietary requirements should only be included if needed and without stating the reason "
          "for them, because a reason such as an allergy or a religious diet can reveal sensitive data."),
    ("p", "A partner in Serbia asks for the personal identity numbers of Swedish participants to book "
          "accommodation. This is not allowed. Serbia is a third country without an adequacy decision, and "
          "personal identity numbers are never shared with foreign partners. Send names and dates of birth only "
          "if the hotel really requires them, after consulting the data protection officer."),
    ("p", "A teacher wants to use a free online survey tool recommended by a partner school in Norway to collect "
          "pupils' opinions. Check first with the information security coordinator whether the tool is approved. "
          "If it is not, use the municipality's own survey tool instead."),
    ("h1", "Fraud and phishing"),
    ("p", "International projects are an attractive target for fraud, because payments are sent to partners in "
          "other countries and staff are used to e-mails in English from people they have not met. A common "
          "method is an e-mail that appears to come from a project partner and asks for a payment to be made to a "
          "new bank account."),
    ("p", "A request to change a partner's bank details must always be verified by telephone with the partner, "
          "using a telephone number you already have, not a number given in the e-mail. Inform the EU controller "
          "at the finance department before any payment to a new account is made."),
    ("h1", "Retention and deletion"),
    ("p", "Personal data collected in a project is kept only as long as it is needed for the project and to meet "
          "the programme's requirements on keeping documents. Contact details of partners and participants are "
          "deleted when the project has been closed and the retention period for the project documents has "
          "ended. Documents that must be archived are handled according to the municipality's records management "
          "plan."),
    ("h1", "Checklist before a project starts"),
    ("ul", [
        "Identify which personal data the project will process, and why.",
        "Decide who is controller, and whether the partners are joint controllers.",
        "Check whether any partner is in a third country, and whether an adequacy decision applies.",
        "Decide whether a data protection impact assessment is needed.",
        "Prepare the information to participants about how their data is processed.",
        "Set up the SharePoint project room and decide who gets guest access.",
        "Agree with the partners how long personal data is kept and how it is deleted.",
    ]),
    ("p", "The checklist should be completed by the project manager before the first partner meeting, and the "
          "completed checklist should be saved in the project's case file."),
    ("h1", "Contacts"),
    ("p", "The data protection officer answers questions about personal data, transfers to third countries and "
          "impact assessments: dataskydd@alingsas.se. The information security coordinator answers questions "
          "about classification and secure tools. The IT service desk lends travel laptops and handles lost "
          "devices."),
]
RESOR = [
    ("title", "Tjänsteresor i internationella projekt och nätverk"),
    ("p", "Rutin för medarbetare och chefer. Kommunledningskontoret i samarbete med HR-avdelningen och "
          "ekonomiavdelningen. Gäller från 2025-09-01 och kompletterar kommunens allmänna resepolicy."),
    ("h1", "Syfte"),
    ("p", "Rutinen beskriver vad som gäller när du reser utomlands i tjänsten för ett internationellt projekt, ett "
          "vänortsutbyte eller ett europeiskt nätverk. Den gäller alla anställda i Alingsås kommun. För "
          "förtroendevalda gäller i stället de regler som kommunfullmäktige har beslutat om arvoden och "
          "ersättningar, men råden om säkerhet och försäkring gäller även dem."),
    ("p", "En tjänsteresa ska alltid ha ett tydligt syfte som hänger ihop med verksamheten. Resor som i huvudsak "
          "är studieresor för att lära sig om ett land eller en stad ska kunna motiveras med vad kommunen får ut "
          "av resan."),
    ("h1", "Innan resan"),
    ("h2", "Godkännande"),
    ("p", "Alla tjänsteresor utomlands ska godkännas i förväg av närmaste chef. Resor som finansieras av ett "
          "EU-projekt ska dessutom godkännas av projektledaren, som kontrollerar att resan ryms i projektets "
          "budget och hör till projektets aktiviteter."),
    ("p", "Resor till länder utanför Europa ska godkännas av förvaltningschefen. Resor till länder eller områden "
          "som Utrikesdepartementet avråder från att resa till får inte göras i tjänsten, oavsett syfte."),
    ("h2", "Bokning"),
    ("p", "Resor bokas genom kommunens upphandlade resebyrå, antingen i bokningsverktyget på Insidan eller via "
          "resebyråns telefonbokning. Det gäller även resor som betalas av ett EU-projekt. Du får inte boka "
          "tjänsteresor privat och begära ersättning i efterhand, om det inte finns särskilda skäl som chefen "
          "har godkänt."),
    ("p", "Tåg ska väljas framför flyg när restiden med tåg är högst sex timmar, eller när tåg och flyg tar "
          "ungefär lika lång tid räknat från dörr till dörr. Flyg bokas i ekonomiklass. Nattåg får väljas även "
          "när restiden överstiger sex timmar, och kostnaden för sovplats ersätts."),
    ("p", "Hotell bokas i första hand genom resebyrån. Om partnern eller arrangören har förhandlat fram ett "
          "konferenspris på ett hotell får du boka det direkt, men bokningen ska ändå registreras hos resebyrån "
          "så att kommunen vet var du befinner dig."),
    ("h2", "Resor för andra organisationers räkning"),
    ("p", "Om en partner, ett EU-program eller en arrangör betalar din resa gäller kommunens riktlinjer om gåvor, "
          "representation och mutor. Resor som betalas av ett EU-projekt där kommunen är partner räknas som "
          "kommunens egna resor."),
    ("h1", "Säkerhet och försäkring"),
    ("h2", "Försäkring"),
    ("p", "Anställda som reser i tjänsten är försäkrade genom kommunens tjänstereseförsäkring hos Kammarkollegiet. "
          "Försäkringen gäller under hela tjänsteresan, inklusive fritid under resan, och omfattar bland annat "
          "sjukdom, olycksfall, hemtransport, förlust av bagage och reseavbrott. Försäkringskortet med "
          "telefonnummer till larmcentralen finns på Insidan."),
    ("p", "Om du förlänger en tjänsteresa med privata dagar gäller tjänstereseförsäkringen inte under de privata "
          "dagarna. Du behöver då en egen reseförsäkring för den delen av resan. En privat förlängning ska "
          "godkännas av chefen, och eventuella merkostnader, till exempel för en senare hemresa, betalar du själv."),
    ("p", "Ta med det europeiska sjukförsäkringskortet när du reser inom EU, EES och Schweiz. Kortet beställs "
          "kostnadsfritt från Försäkringskassan och gäller i tre år."),
    ("h2", "Registrering och kontaktuppgifter"),
    ("p", "Registrera dig i Utrikesdepartementets app UD Resklar om du reser utanför Norden. Lämna också din "
          "resplan och kontaktuppgifter till din chef och till projektledaren innan du reser."),
    ("h2", "Datorer och telefoner"),
    ("p", "Vid resor till länder utanför EU och EES ska du låna en resedator från IT-servicedesken i stället för "
          "att ta med din vanliga arbetsdator. Resedatorn bokas minst fem arbetsdagar före avresan. Läs mer i "
          "vägledningen om dataskydd och IT-säkerhet i internationellt samarbete."),
    ("h2", "Om något händer under resan"),
    ("p", "Vid sjukdom eller olycka kontaktar du i första hand försäkringens larmcentral, som kan hjälpa till med "
          "vård, hemtransport och kontakt med anhöriga. Meddela också din chef så snart det är möjligt."),
    ("p", "Om du förlorar pass, telefon eller dator: spärra kort och konton, kontakta IT-servicedesken om det gäller "
          "en arbetsdator eller arbetstelefon och gör en polisanmälan på plats. Ett nytt pass eller ett "
          "provisoriskt pass utfärdas av närmaste svenska ambassad eller konsulat."),
    ("p", "Vid en större händelse, till exempel en naturkatastrof eller oroligheter, följer du myndigheternas och "
          "Utrikesdepartementets råd. Kommunens krisledning kan kontakta dig via den telefon du har angett i "
          "resplanen."),
    ("h2", "Resor med grupper"),
    ("p", "När kommunen reser med en grupp, till exempel ungdomar i ett vänortsutbyte eller medarbetare på en "
          "studieresa, ska det finnas en utsedd gruppledare. Gruppledaren har en deltagarlista med "
          "kontaktuppgifter till anhöriga och information om allergier och mediciner, och förvarar den så att "
          "obehöriga inte kan ta del av den. Vid resor med barn och ungdomar under 18 år ska det finnas minst två "
          "vuxna ledare, och vårdnadshavarna ska ha godkänt resan skriftligt."),
    ("h1", "Ersättningar under resan"),
    ("h2", "Traktamente"),
    ("p", "Vid tjänsteresor utomlands som varar minst en natt betalas traktamente enligt Skatteverkets normalbelopp "
          "för det land där du tillbringar den största delen av dagen. Normalbeloppen ändras varje år och finns på "
          "Skatteverkets webbplats."),
    ("p", "Traktamentet minskas om du får fria måltider, till exempel när en partner eller konferens bjuder på "
          "lunch eller middag. Frukost som ingår i hotellpriset minskar också traktamentet. Ange alla fria "
          "måltider i reseräkningen."),
    ("p", "Exempel: En medarbetare deltar i ett partnermöte i Köpenhamn från måndag morgon till onsdag eftermiddag. "
          "Hotellet inkluderar frukost, och partnern bjuder på lunch båda mötesdagarna och på middag på måndagen. "
          "Traktamentet beräknas då på Skatteverkets normalbelopp för Danmark och minskas för två frukostar, två "
          "luncher och en middag. Medarbetaren anger de fria måltiderna i reseräkningen, så räknar HR-systemet ut "
          "avdraget."),
    ("p", "Traktamente betalas inte för endagsresor utan övernattning, även om resan går till ett annat land. "
          "Däremot ersätts faktiska kostnader för måltider mot kvitto om du inte har kunnat äta på normalt sätt."),
    ("h2", "Utlägg"),
    ("p", "Använd i första hand kommunens betalkort för kostnader under resan. Privata utlägg ersätts mot kvitto "
          "i reseräkningen. Kvitton på andra språk än svenska och engelska ska förses med en kort förklaring av "
          "vad kostnaden avser."),
    ("p", "Kostnader för mat och dryck som du bjuder andra på under resan räknas som representation och ska "
          "följa reglerna för representation."),
    ("h1", "Efter resan"),
    ("ol", [
        "Lämna reseräkningen i HR-systemet senast en månad efter hemkomsten, med kvitton och uppgift om fria måltider.",
        "Ange projektnumret om resan ska belasta ett EU-projekt.",
        "Skicka en kort reseberättelse till den internationella samordnaren inom två veckor efter hemkomsten.",
        "Spara program, deltagarlista och boardingkort om resan ska redovisas i ett EU-projekt.",
    ]),
    ("p", "Reseberättelsen ska beskriva resans syfte, vad du har lärt dig och vilka kontakter som har knutits. "
          "Samordnaren använder reseberättelserna i årsrapporten om det internationella arbetet och för att "
          "sprida erfarenheter mellan förvaltningarna."),
    ("p", "I EU-projekt krävs ofta bevis på att resan faktiskt har genomförts, till exempel boardingkort, "
          "tågbiljett eller underskriven deltagarlista. Boardingkort i mobilen ska sparas som skärmbild eftersom "
          "de försvinner ur appen efter resan."),
    ("h1", "Klimatpåverkan"),
    ("p", "Kommunens mål är att de internationella tjänsteresornas klimatpåverkan ska minska. Överväg alltid om "
          "mötet kan hållas digitalt. Under 2025 gjordes 21 av 38 internationella tjänsteresor helt eller delvis "
          "med tåg. Kommunen klimatkompenserar inte för flygresor; i stället avsätts motsvarande belopp till "
          "lokala klimatåtgärder."),
    ("h1", "Frågor"),
    ("p", "Frågor om bokning: kommunens resebyrå via Insidan. Frågor om traktamente och reseräkning: "
          "löneenheten. Frågor om resor i EU-projekt: EU-controllern på ekonomiavdelningen eller den "
          "internationella samordnaren."),
]
ESF = [
    ("title", "ESF+ i Alingsås"),
    ("ingress", "Vägledning för förvaltningar som vill driva projekt med stöd från Europeiska socialfonden plus "
                "under programperioden 2021–2027."),
    ("p", "Framtagen av arbetsmarknadsenheten och kommunledningskontoret. Senast reviderad december 2025."),
    ("h1", "Vad är ESF+?"),
    ("p", "Europeiska socialfonden plus (ESF+) är EU:s främsta verktyg för att investera i människor. Fonden ska "
          "bidra till högre sysselsättning, bättre utbildning och ökad social inkludering. För hela EU omfattar "
          "ESF+ nästan 99,3 miljarder euro under perioden 2021–2027."),
    ("p", "I Sverige förvaltas ESF+ av Svenska ESF-rådet, som är förvaltande myndighet för det nationella "
          "programmet. ESF-rådet tar fram utlysningar, fattar beslut om stöd och betalar ut pengarna. Rådet har "
          "regionkontor runt om i landet; Alingsås hör till regionkontoret i Göteborg."),
    ("p", "ESF+ skiljer sig från Interreg genom att projekten i regel bara har svenska projektägare och "
          "samverkansparter. Det finns inget krav på utländska partner, men transnationellt samarbete kan ingå "
          "som en del av ett projekt."),
    ("h1", "Programområden"),
    ("p", "Det svenska programmet är indelat i programområden. För kommunerna är tre av dem mest aktuella:"),
    ("ul", [
        "Programområde A – Stärkt kompetensförsörjning, som riktar sig till sysselsatta och arbetsgivare.",
        "Programområde B – Fler i arbete, som riktar sig till personer som står långt från arbetsmarknaden.",
        "Programområde C – Social delaktighet och inkludering, som riktar sig till personer som behöver stöd för att över huvud taget kunna närma sig arbete eller studier.",
    ]),
    ("p", "Alingsås kommun har hittills främst drivit projekt inom programområde B. Ett projekt inom programområde "
          "A drevs av vård- och äldreomsorgsförvaltningen 2022–2024 och gällde kompetensutveckling för "
          "undersköterskor."),
    ("h1", "Målgrupper"),
    ("p", "Varje utlysning anger vilka målgrupper projekten ska vända sig till. I utlysningarna inom programområde "
          "B och C återkommer följande målgrupper:"),
    ("ul", [
        "personer som har varit arbetslösa eller i arbetsmarknadspolitiska program i mer än tolv månader,",
        "unga i åldern 15–29 år som varken arbetar eller studerar,",
        "nyanlända och utrikes födda kvinnor med kort utbildning,",
        "personer med funktionsnedsättning som medför nedsatt arbetsförmåga,",
        "personer som har försörjningsstöd sedan lång tid.",
    ]),
    ("p", "Inom programområde A är målgruppen i stället anställda, till exempel personal inom vård och omsorg "
          "som saknar formell utbildning för sina arbetsuppgifter."),
    ("p", "Deltagare i ett ESF+-projekt ska vara folkbokförda i Sverige eller ha rätt att arbeta här. Deltagarna "
          "ska själva ha valt att delta; ingen får anvisas till ett ESF+-projekt mot sin vilja."),
    ("h1", "Utlysningar"),
    ("p", "ESF-rådet publicerar sina utlysningar på esf.se. Varje utlysning har egna villkor, en egen budget och "
          "ett eget sista ansökningsdatum. Det finns inga fasta ansökningsperioder, så den som vill söka behöver "
          "bevaka webbplatsen. Kommunledningskontoret skickar ut en sammanställning av aktuella utlysningar till "
          "förvaltningscheferna en gång i månaden."),
    ("p", "Just nu är utlysningen Vägar till arbete i Västsverige aktuell för Alingsås. Den riktar sig till "
          "kommuner och samordningsförbund i Västra Götaland och har en total budget på 120 miljoner kronor. "
          "Sista ansökningsdag är den 12 mars 2026."),
    ("p", "Ett projekt i ESF+ består normalt av två faser. Under analys- och planeringsfasen, som får pågå i högst "
          "sex månader, analyserar projektet behoven och förankrar arbetet. Därefter följer genomförandefasen, då "
          "de huvudsakliga aktiviteterna med deltagare genomförs. Genomförandefasen får pågå i högst tre år."),
    ("h1", "Stöd och medfinansiering"),
    ("p", "I utlysningar inom programområde B och C står ESF+ för högst 80 procent av projektets "
          "stödberättigande kostnader. Resten ska vara offentlig medfinansiering. Inom programområde A är "
          "ESF-stödet normalt högst 60 procent, eftersom arbetsgivarna förväntas bidra mer."),
    ("p", "Offentlig medfinansiering kan vara kontanta medel från kommunen eller andra offentliga aktörer, eller "
          "värdet av arbetstid som offentligt anställda lägger i projektet. Den ersättning som deltagare får från "
          "Försäkringskassan, till exempel aktivitetsstöd, kan också räknas som offentlig medfinansiering i "
          "vissa utlysningar."),
    ("p", "Deltagarna får ingen lön eller ersättning från projektet. Deras försörjning kommer från andra håll, "
          "till exempel aktivitetsstöd, försörjningsstöd eller lön från en arbetsgivare."),
    ("h2", "Förskott"),
    ("p", "ESF-rådet kan betala ut förskott till projektägare som annars inte skulle kunna genomföra projektet. "
          "Kommuner och regioner får normalt inget förskott, eftersom de anses ha tillräcklig likviditet. "
          "Förvaltningen måste därför kunna finansiera projektets kostnader tills utbetalningarna kommer."),
    ("h1", "Förenklade kostnader och schabloner"),
    ("p", "ESF+ använder förenklade kostnadsalternativ i stor utsträckning. Den vanligaste modellen i de svenska "
          "utlysningarna är att projektet redovisar sina faktiska personalkostnader, och att alla övriga kostnader "
          "ersätts med en schablon på 40 procent av de stödberättigande personalkostnaderna. Schablonen ska täcka "
          "bland annat lokaler, resor, material, externa tjänster och administration."),
    ("p", "Med den modellen behöver projektet inte redovisa några kvitton för övriga kostnader till ESF-rådet. "
          "Däremot måste alla kostnader bokföras korrekt i kommunens ekonomisystem, och projektet måste ha "
          "tillräckligt med pengar för dem inom schablonen."),
    ("p", "I vissa utlysningar tillämpas i stället en schablon för indirekta kostnader på 15 procent av "
          "personalkostnaderna. Då redovisas övriga direkta kostnader, till exempel köpta tjänster och resor, "
          "med faktiska belopp och verifikationer. Det framgår av utlysningen vilken modell som gäller."),
    ("h2", "Personalkostnader"),
    ("p", "Personalkostnader beräknas med ett timpris. Timpriset tas fram genom att den senaste dokumenterade "
          "årslönen inklusive lönebikostnader delas med 1 720 timmar. Den som arbetar i projektet på deltid ska "
          "tidredovisa varje månad. Personal som arbetar med projektet på heltid redovisar i stället med ett "
          "intyg om att hela tjänsten är avsatt för projektet."),
    ("h2", "Exempel"),
    ("p", "Ett projekt har personalkostnader på 2 000 000 kronor. Med schablonen på 40 procent ersätts övriga "
          "kostnader med 800 000 kronor. Projektets totala stödberättigande kostnader blir då 2 800 000 kronor, "
          "och med ett ESF-stöd på 80 procent blir stödet 2 240 000 kronor. Resterande 560 000 kronor är "
          "offentlig medfinansiering."),
    ("h2", "Vad ryms i schablonen?"),
    ("p", "Schablonen på 40 procent ska räcka till alla kostnader utom personalkostnaderna. Det är därför viktigt "
          "att redan i planeringen uppskatta vad de övriga kostnaderna kommer att bli, så att projektet inte får "
          "kostnader som förvaltningen själv måste bära. Vanliga kostnader som ska rymmas i schablonen är:"),
    ("ul", [
        "hyra av lokaler för projektets verksamhet,",
        "resor för personal och deltagare inom Sverige,",
        "köpta tjänster, till exempel utbildning för deltagarna och extern utvärdering,",
        "material, datorer och programvara,",
        "kostnader för kommunikation och spridning av resultat,",
        "tolkning och översättning.",
    ]),
    ("p", "Kostnader för lokaler som kommunen redan äger och som inte ger någon extra kostnad kan inte räknas in. "
          "Deltagarnas ersättningar från andra myndigheter ingår inte heller i schablonen."),
    ("h2", "Tidplan för en ansökan"),
    ("p", "Tabellen visar en typisk tidplan för en ansökan i Alingsås, räknat bakåt från sista ansökningsdag."),
    ("table", [
        ["När", "Vad"],
        ["12 veckor före", "Projektidén presenteras för samverkansgruppen"],
        ["10 veckor före", "Rådgivningssamtal med ESF-rådet"],
        ["8 veckor före", "Budgeten klar tillsammans med EU-controllern"],
        ["6 veckor före", "Förvaltningens ledningsgrupp godkänner ansökan"],
        ["4 veckor före", "Nämndbeslut, om ansökan avser mer än 5 miljoner kronor"],
        ["Sista ansökningsdag", "Ansökan skickas in i Projektrummet"],
    ]),
    ("h1", "Så går en ansökan till i Alingsås"),
    ("p", "En ESF+-ansökan tar normalt två till tre månader att ta fram. Följ stegen nedan och börja i god tid."),
    ("ol", [
        "Beskriv projektidén kortfattat och presentera den för arbetsmarknadsenhetens samverkansgrupp.",
        "Boka ett rådgivningssamtal med ESF-rådets regionkontor i Göteborg för att stämma av att idén passar utlysningen.",
        "Ta fram budgeten tillsammans med EU-controllern på ekonomiavdelningen.",
        "Säkra medfinansieringen och samverkansparternas intyg.",
        "Låt förvaltningens ledningsgrupp godkänna ansökan senast sex veckor före sista ansökningsdag.",
        "Låt kompetens- och arbetslivsnämnden fatta beslut om att söka, om ansökan avser mer än 5 miljoner kronor.",
        "Skicka in ansökan i ESF-rådets system Projektrummet.",
    ]),
    ("p", "Ansökningar som avser högst 5 miljoner kronor beslutas av förvaltningschefen enligt "
          "delegationsordningen. Den internationella samordnaren ska alltid få en kopia av ansökan."),
    ("h1", "Horisontella principer"),
    ("p", "Alla projekt i ESF+ ska bidra till de horisontella principerna: jämställdhet mellan kvinnor och män, "
          "lika möjligheter och icke-diskriminering samt tillgänglighet för personer med funktionsnedsättning. "
          "Principerna ska märkas i hela projektet, från analysen i planeringsfasen till hur aktiviteterna "
          "genomförs och följs upp."),
    ("p", "I praktiken betyder det till exempel att projektet redovisar deltagarstatistik uppdelad på kön, att "
          "lokaler och material är tillgängliga och att personalen har kunskap om normkritiska arbetssätt. "
          "ESF-rådet granskar hur principerna hanteras både i ansökan och i lägesrapporterna."),
    ("h1", "Projektorganisation"),
    ("p", "Varje ESF+-projekt ska ha en styrgrupp som följer projektet och fattar strategiska beslut. I Alingsås "
          "består styrgruppen normalt av förvaltningschefen eller en av förvaltningens avdelningschefer som "
          "ordförande, representanter för samverkansparterna och en representant för Arbetsförmedlingen. "
          "Styrgruppen sammanträder minst fyra gånger per år."),
    ("p", "Projektledaren ansvarar för det dagliga arbetet, för rapporteringen till ESF-rådet och för att "
          "deltagarregistreringen sköts. I projekt med en budget över 5 miljoner kronor ska projektledaren vara "
          "anställd minst 75 procent av heltid i projektet."),
    ("p", "Projekt som pågår i mer än två år ska ha en extern utvärderare, som upphandlas i enlighet med lagen om "
          "offentlig upphandling. Kostnaden för utvärderingen ryms inom schablonen för övriga kostnader."),
    ("h1", "Deltagaruppgifter och dataskydd"),
    ("p", "Alla deltagare ska registreras i ESF-rådets deltagarregistrering. Uppgifterna används för att följa "
          "upp programmet och lämnas till Statistiska centralbyrån (SCB). Registreringen innehåller "
          "personnummer och ibland uppgifter om hälsa, och räknas därför som känsliga personuppgifter."),
    ("p", "Deltagaruppgifter får inte skickas med vanlig e-post och får inte sparas i egna kalkylark utanför "
          "kommunens system. Projektledaren ansvarar för att deltagarna får information om hur deras uppgifter "
          "behandlas innan de registreras."),
    ("h1", "Rapportering och utbetalning"),
    ("p", "Projektet ansöker om utbetalning i efterhand genom att redovisa sina kostnader i Projektrummet. En "
          "ansökan om utbetalning ska lämnas in minst en gång per halvår. Alingsås rekommenderar att projekten "
          "söker utbetalning varje kvartal, så att förvaltningen inte behöver ligga ute med pengar så länge."),
    ("p", "Till varje ansökan om utbetalning hör en lägesrapport som beskriver hur arbetet går och hur många "
          "deltagare som har börjat och avslutat sitt deltagande. Projektet lämnar också en slutrapport senast "
          "två månader efter att genomförandefasen har avslutats."),
    ("p", "ESF-rådet behandlar normalt en ansökan om utbetalning inom 60 dagar."),
    ("h1", "Arkivering"),
    ("p", "Handlingar i ESF+-projekt ska sparas i tio år efter projektets sista utbetalning. Det gäller "
          "ansökan, beslut, lägesrapporter, tidredovisningar, verifikationer och deltagarförteckningar. "
          "Deltagarförteckningar ska förvaras så att obehöriga inte kan ta del av dem."),
    ("h1", "Vanliga frågor"),
    ("h2", "Kan en förening vara projektägare?"),
    ("p", "Ja. Ideella föreningar, stiftelser och företag kan också söka ESF+. Om en förening i Alingsås vill "
          "söka och behöver kommunen som samverkanspart ska föreningen kontakta arbetsmarknadsenheten i god tid, "
          "eftersom kommunens medverkan måste beslutas på samma sätt som en egen ansökan."),
    ("h2", "Kan vi ha partner i andra länder?"),
    ("p", "Transnationellt samarbete är tillåtet men inget krav. Kostnader för resor till partner i andra "
          "EU-länder kan ingå om utbytet tydligt bidrar till projektets mål. I Alingsås har ingen av de senaste "
          "ESF-ansökningarna haft transnationella inslag."),
    ("h2", "Vad händer om vi inte når det antal deltagare vi har angett?"),
    ("p", "ESF-rådet följer upp antalet deltagare i lägesrapporterna. Om projektet har betydligt färre deltagare "
          "än planerat kan ESF-rådet besluta att sänka stödet eller avsluta projektet i förtid. Kontakta "
          "handläggaren på ESF-rådet så snart det står klart att målen inte kommer att nås."),
    ("h1", "Kontakt"),
    ("p", "Frågor om projektidéer och utlysningar besvaras av Nadia Karimi, projektstrateg på "
          "arbetsmarknadsenheten. Frågor om budget och redovisning besvaras av EU-controllern på "
          "ekonomiavdelningen. Den internationella samordnaren kan hjälpa till med transnationella inslag och "
          "kontakter med partner i andra länder."),
]
CLIMATE = [
    ("title", "Climate cooperation in Europe"),
    ("ingress", "Background paper on the LIFE programme, the Covenant of Mayors and the EU mission for "
                "climate-neutral cities, and what they could mean for Alingsås."),
    ("p", "Prepared by Oskar Dahl, climate strategist, Community Development Department, for the international "
          "working group. February 2026."),
    ("h1", "1. Summary"),
    ("p", "Alingsås has adopted ambitious local climate targets: the municipal organisation is to be fossil-free "
          "by 2030, and the municipality as a geographical area is to reach net zero greenhouse gas emissions by "
          "2045. European cooperation can help us reach these targets by giving access to funding, knowledge and "
          "partners. This paper describes three European frameworks that are relevant to us and recommends how "
          "the municipality should use them over the next three years."),
    ("p", "In short, the recommendations are to keep our commitments under the Covenant of Mayors and deliver "
          "the next monitoring report on time, to prepare a LIFE application together with at least one "
          "neighbouring municipality, and to follow the EU mission for climate-neutral cities as a learning "
          "opportunity rather than as a target for membership."),
    ("h1", "2. The LIFE programme"),
    ("h2", "What LIFE is"),
    ("p", "LIFE is the EU's funding instrument for the environment and climate action. It has been running since "
          "1992 and has a budget of €5.43 billion for the period 2021–2027. LIFE funds projects that test, "
          "demonstrate and spread solutions, rather than large investments in infrastructure."),
    ("p", "The programme is divided into four sub-programmes:"),
    ("ul", [
        "Nature and Biodiversity",
        "Circular Economy and Quality of Life",
        "Climate Change Mitigation and Adaptation",
        "Clean Energy Transition",
    ]),
    ("h2", "Types of projects and co-financing"),
    ("p", "Most LIFE funding goes to Standard Action Projects. For these projects, the EU grant normally covers "
          "up to 60 percent of the eligible costs. Projects in the Nature and Biodiversity sub-programme can "
          "receive up to 67 percent, and up to 75 percent if they focus on priority habitats or species."),
    ("p", "Clean Energy Transition projects are coordination and support actions and work differently. They are "
          "funded at 95 percent of eligible costs but must be carried out by a consortium of at least three "
          "independent applicants from three different eligible countries. Standard Action Projects in the other "
          "sub-programmes can be carried out by a single applicant, although most successful projects have "
          "several partners."),
    ("p", "Strategic Integrated Projects are large projects that help implement regional or national plans, such "
          "as climate adaptation strategies. They are led by public authorities at regional or national level "
          "and are not realistic for a municipality of our size to lead, but we can take part as a partner."),
    ("h2", "Deadlines and support"),
    ("p", "LIFE publishes one call a year, usually in the spring, with deadlines in the autumn. In the 2026 call, "
          "the deadline for Standard Action Projects in the Climate Change Mitigation and Adaptation "
          "sub-programme is 17 September 2026. Deadlines for the other sub-programmes are set in the call "
          "documents and may differ."),
    ("p", "The Swedish Environmental Protection Agency (Naturvårdsverket) is the national contact point for "
          "LIFE, and the Swedish Energy Agency (Energimyndigheten) is the contact point for the Clean Energy "
          "Transition sub-programme. Both offer free advice on project ideas and read draft applications if they "
          "receive them in good time, normally at least two months before the deadline."),
    ("h2", "Decisions in Alingsås"),
    ("p", "A LIFE project usually runs for four to six years and ties up staff and co-financing over a long "
          "period. For that reason, participation in a LIFE project must be approved by the municipal executive "
          "board, regardless of the size of the municipal contribution."),
    ("h1", "3. The Covenant of Mayors"),
    ("h2", "What the Covenant is"),
    ("p", "The Covenant of Mayors for Climate & Energy is a European movement of local authorities that "
          "voluntarily commit to climate and energy targets. It was launched by the European Commission in 2008 "
          "and today has more than 11,000 signatories. Joining the Covenant is free of charge, and there is no "
          "membership fee."),
    ("p", "Alingsås joined the Covenant of Mayors by a decision of the municipal council on 27 November 2019. "
          "The mayor, in our case the chair of the municipal executive board, signed the commitment on behalf of "
          "the municipality."),
    ("h2", "Our commitments"),
    ("p", "By signing, the municipality has committed to:"),
    ("ul", [
        "reduce greenhouse gas emissions on its territory by at least 55 percent by 2030 compared with the baseline year,",
        "become climate neutral by 2050 at the latest,",
        "adapt to the effects of climate change,",
        "submit a Sustainable Energy and Climate Action Plan (SECAP) within two years of signing,",
        "report on progress every two years.",
    ]),
    ("p", "Alingsås chose 1990 as its baseline year. The municipality's SECAP was approved by the municipal "
          "council in October 2021 and submitted to the Covenant in November 2021. It is largely based on the "
          "municipality's climate strategy and the energy plan."),
    ("h2", "Reporting"),
    ("p", "Progress is reported in the Covenant's online reporting platform. A monitoring report consists of an "
          "emission inventory and a description of the status of the actions in the action plan. The next full "
          "monitoring report from Alingsås is due by 30 November 2026. The climate strategist prepares the "
          "report; the data on emissions comes from the national emission database and from the municipal "
          "energy company."),
    ("p", "If a signatory does not report for a long period, its membership may be suspended. Alingsås has "
          "delivered all reports on time so far."),
    ("h2", "Support from the Covenant"),
    ("p", "The Covenant of Mayors Europe Office in Brussels runs the initiative on behalf of the European "
          "Commission and offers webinars, guidance and templates. Signatories can also get support from a "
          "Covenant coordinator, usually a region or a national energy agency. The Energy Agency for "
          "Southeast Sweden and Region Västra Götaland have acted as coordinators for municipalities in western "
          "Sweden, but Alingsås has so far reported directly without a coordinator."),
    ("p", "Being a signatory gives access to the Covenant's peer-learning activities and twinning programme, in "
          "which staff from one signatory spend a few days with another to learn about a specific measure. "
          "Travel costs for the twinning programme are covered by the Covenant for up to two staff members per "
          "exchange."),
    ("h1", "4. The EU mission for climate-neutral and smart cities"),
    ("h2", "What the mission is"),
    ("p", "The EU Mission on Climate-Neutral and Smart Cities, often called the Cities Mission, aims to have "
          "100 climate-neutral and smart cities in Europe by 2030 and to make these cities hubs of experimentation "
          "and innovation that other cities can learn from. The mission is part of Horizon Europe, the EU's "
          "research and innovation programme."),
    ("p", "In April 2022 the European Commission selected 112 cities to take part in the mission: 100 from the "
          "EU member states and 12 from countries associated with Horizon Europe. Seven Swedish cities were "
          "selected: Gothenburg, Helsingborg, Lund, Malmö, Stockholm, Umeå and Uppsala. Alingsås did not apply "
          "in 2021, and the selection is closed."),
    ("h2", "Climate City Contracts"),
    ("p", "Each mission city develops a Climate City Contract, which includes a commitment from the city, an "
          "action plan and an investment plan. When the contract has been assessed, the city receives the "
          "mission label, which is meant to make it easier to attract funding. The support platform for the "
          "mission cities is called NetZeroCities."),
    ("h2", "What the mission means for Alingsås"),
    ("p", "Although Alingsås is not a mission city, the mission is still useful for us. NetZeroCities publishes "
          "guidance and tools that are open to all municipalities, and the mission cities are encouraged to share "
          "their experiences with other cities. Gothenburg is our closest mission city, and there is already "
          "contact between our climate strategists through the Gothenburg Region's environment network."),
    ("p", "In Sweden, the mission is supported by the national innovation programme Viable Cities, which has its "
          "own network of municipalities working towards climate neutrality. Alingsås is not part of that "
          "network today. Joining would require a decision by the municipal executive board and an annual "
          "commitment of staff time."),
    ("h1", "5. Other funding for climate cooperation"),
    ("p", "Besides LIFE, climate projects with international partners can be funded through the Interreg "
          "programmes, which are described in the municipality's Interreg guide, and through Horizon Europe. "
          "Climate adaptation is a priority in both Interreg North Sea and Interreg Öresund-Kattegat-Skagerrak."),
    ("p", "The national Climate Leap (Klimatklivet), administered by the Swedish Environmental Protection Agency, "
          "is often mentioned in the same context, but it is a national investment grant, not an EU programme, "
          "and it does not require any international partners. Applications to the Climate Leap are handled by "
          "the department that makes the investment."),
    ("h2", "Lessons from neighbouring municipalities"),
    ("p", "Several municipalities in the Gothenburg region have experience of EU climate projects. Their advice "
          "can be summarised in three points. First, start with a smaller project, for example in Interreg, before "
          "applying to LIFE. Second, make sure the politicians understand early that a LIFE project runs for many "
          "years and requires co-financing every year. Third, involve the finance department from the start, "
          "since LIFE pays a pre-financing of 30 to 40 percent of the grant but the rest only after the project "
          "has reported."),
    ("p", "Lerum municipality led a climate adaptation project in the Säveån catchment area between 2019 and 2022 "
          "with national funding, and is interested in continuing the work with European partners. This is the "
          "background to the recommendation in section 7."),
    ("h1", "6. Resources in Alingsås"),
    ("p", "The climate strategy unit has a budget of SEK 250,000 per year for preparing external applications, "
          "for example to pay for a consultant who helps write an application or for travel to partner meetings "
          "before a project has been approved. The budget cannot be used to co-finance approved projects; "
          "co-financing is taken from the budget of the department that carries out the project."),
    ("p", "The climate strategy unit currently has two strategists, who spend about 20 percent of their time on "
          "external funding and European networks."),
    ("h1", "7. Recommendations and timeline"),
    ("p", "The international working group is asked to support the following recommendations:"),
    ("ol", [
        "Deliver the Covenant of Mayors monitoring report by 30 November 2026.",
        "Prepare a LIFE application on climate adaptation in the Säveån river valley together with Lerum municipality, aiming for the 2027 call.",
        "Take part in at least two open NetZeroCities learning activities in 2026.",
        "Investigate, before the end of 2026, whether Alingsås should apply to join the Viable Cities network.",
    ]),
    ("table", [
        ["Milestone", "Date"],
        ["Draft LIFE concept discussed with Lerum", "May 2026"],
        ["Covenant of Mayors monitoring report submitted", "30 November 2026"],
        ["Decision on Viable Cities", "December 2026"],
        ["LIFE application submitted (2027 call)", "September 2027"],
    ]),
    ("h1", "Appendix: Glossary"),
    ("p", "Baseline year – the year against which emission reductions are measured. Alingsås uses 1990."),
    ("p", "SECAP – Sustainable Energy and Climate Action Plan, the action plan that Covenant of Mayors signatories "
          "submit within two years of joining."),
    ("p", "Standard Action Project – the most common type of LIFE project, which tests or demonstrates solutions "
          "and normally runs for three to six years."),
    ("p", "Climate City Contract – the document in which a mission city sets out its commitments, actions and "
          "investments for reaching climate neutrality by 2030."),
    ("p", "Climate neutrality – a state in which the greenhouse gas emissions caused by an area are balanced by "
          "removals, so that the net emissions are zero."),
    ("p", "Questions about this paper can be sent to the climate strategist, Oskar Dahl, at "
          "oskar.dahl@alingsas.se."),
]
REKRYTERING = [
    ("title", "Internationell rekrytering"),
    ("ingress", "Stöd för chefer som vill rekrytera medarbetare från andra länder – EURES, arbetstillstånd och "
                "mottagande."),
    ("p", "HR-avdelningen, Alingsås kommun. Gäller från 2026-01-01."),
    ("h1", "Bakgrund"),
    ("p", "Alingsås kommun har svårt att rekrytera till flera yrken, bland annat legitimerade sjuksköterskor, "
          "förskollärare, socionomer och ingenjörer inom samhällsbyggnad. Internationell rekrytering är ett sätt "
          "att bredda urvalet. Den här vägledningen beskriver vilka kanaler kommunen använder, vilka regler som "
          "gäller för anställning av personer från olika länder och hur kommunen tar emot nya medarbetare som "
          "flyttar hit från utlandet."),
    ("p", "Internationell rekrytering ska alltid planeras tillsammans med HR-avdelningen. Räkna med att en "
          "rekrytering från ett land utanför EU tar betydligt längre tid än en vanlig rekrytering."),
    ("h1", "EURES"),
    ("p", "EURES (European Employment Services) är ett samarbetsnätverk mellan de offentliga arbetsförmedlingarna "
          "i EU- och EES-länderna samt Schweiz. Syftet är att underlätta för arbetstagare att flytta mellan "
          "länderna och för arbetsgivare att hitta personal i andra länder. I Sverige är det Arbetsförmedlingen "
          "som ansvarar för EURES."),
    ("p", "Kommunen kan använda EURES på flera sätt:"),
    ("ul", [
        "Annonser i Platsbanken kan markeras så att de även visas på den europeiska jobbportalen EURES.",
        "EURES-rådgivare på Arbetsförmedlingen kan hjälpa till att rikta rekryteringen till länder där det finns överskott på den kompetens vi söker.",
        "EURES arrangerar digitala och fysiska rekryteringsmässor, European Job Days, där arbetsgivare kan träffa kandidater.",
    ]),
    ("p", "Det kostar inget att annonsera via EURES eller att ta hjälp av en EURES-rådgivare. Däremot står "
          "förvaltningen för egna kostnader, till exempel resor till en rekryteringsmässa eller översättning "
          "av annonser."),
    ("p", "Annonsen ska alltid finnas på svenska. Den kan kompletteras med en version på engelska eller på "
          "språket i det land man vänder sig till. Om tjänsten kräver kunskaper i svenska ska det framgå "
          "tydligt av annonsen vilken nivå som krävs och om den kan uppnås under den första anställningstiden."),
    ("h1", "Medarbetare från EU, EES och Schweiz"),
    ("p", "Medborgare i EU- och EES-länderna samt Schweiz har rätt att arbeta i Sverige utan arbetstillstånd. "
          "De behöver inte heller ansöka om uppehållstillstånd. Den som ska bo i Sverige i minst ett år ska "
          "folkbokföra sig hos Skatteverket."),
    ("p", "Nordiska medborgare har en särskild ställning och kan flytta till Sverige och börja arbeta direkt, "
          "utan några formaliteter utöver folkbokföring."),
    ("p", "För vissa yrken krävs svensk legitimation även för den som har en motsvarande utbildning från ett "
          "annat EU-land. Det gäller till exempel sjuksköterskor, som ansöker om legitimation hos Socialstyrelsen, "
          "och lärare och förskollärare, som ansöker om lärarlegitimation hos Skolverket."),
    ("h1", "Medarbetare från länder utanför EU"),
    ("h2", "Arbetstillstånd"),
    ("p", "En person som är medborgare i ett land utanför EU, EES och Schweiz behöver arbetstillstånd för att "
          "arbeta i Sverige. Arbetstillståndet söks hos Migrationsverket innan personen reser in i Sverige. Den "
          "som har fått arbetstillstånd får inte börja arbeta förrän tillståndet har beviljats."),
    ("p", "För att arbetstillstånd ska beviljas krävs bland annat:"),
    ("ul", [
        "ett giltigt pass,",
        "ett erbjudande om anställning som gör det möjligt att försörja sig,",
        "en lön på minst 80 procent av den senast publicerade medianlönen i Sverige,",
        "lön, försäkringar och andra villkor som minst är i nivå med kollektivavtalet eller praxis i yrket,",
        "att tjänsten har annonserats i Sverige och inom EU i minst tio dagar.",
    ]),
    ("p", "Lönekravet räknas om när Statistiska centralbyrån publicerar en ny medianlön. Från och med juni 2025 "
          "motsvarar kravet 29 680 kronor per månad. Migrationsverket anger det aktuella beloppet på sin "
          "webbplats."),
    ("p", "Kommunens kollektivavtal innebär att kraven på försäkringar är uppfyllda för alla tillsvidareanställda "
          "och visstidsanställda."),
    ("h2", "Handläggningstid"),
    ("p", "Migrationsverket har kortare handläggningstider för arbetsgivare som är certifierade. Alingsås kommun "
          "är inte certifierad arbetsgivare hos Migrationsverket. Räkna därför med att det tar tre till fyra "
          "månader från att ansökan lämnats in tills beslut fattas. Ofullständiga ansökningar tar längre tid."),
    ("h2", "Avgift"),
    ("p", "Ansökningsavgiften för ett arbetstillstånd är 2 200 kronor och betalas av den sökande när ansökan "
          "lämnas in. Kommunen ersätter inte avgiften. Ansökningar för familjemedlemmar har en egen avgift."),
    ("h2", "EU-blåkort"),
    ("p", "Högkvalificerade arbetstagare kan i stället ansöka om EU-blåkort. Det kräver en högskoleutbildning "
          "eller lång yrkeserfarenhet, en anställning på minst sex månader och en lön som är minst 1,25 gånger "
          "den genomsnittliga bruttolönen i Sverige. För de flesta kommunala tjänster är ett vanligt "
          "arbetstillstånd det bästa alternativet."),
    ("h2", "Familj"),
    ("p", "Medarbetarens make, maka, sambo och barn under 18 år kan få uppehållstillstånd för samma tid som "
          "medarbetaren. Familjemedlemmarna får då också arbeta i Sverige. Ansökan görs samtidigt som "
          "medarbetarens ansökan eller senare."),
    ("h2", "Personer med tillfälligt skydd"),
    ("p", "Personer från Ukraina som har uppehållstillstånd med tillfälligt skydd enligt EU:s massflyktsdirektiv "
          "har rätt att arbeta i Sverige utan att söka arbetstillstånd. Det framgår av deras uppehållstillståndskort. "
          "Kontrollera alltid kortet och spara en kopia i personakten, på samma sätt som för andra medarbetare som "
          "inte är medborgare i ett EU-land."),
    ("h2", "Kontroll av rätten att arbeta"),
    ("p", "Arbetsgivaren är skyldig att kontrollera att en medarbetare från ett land utanför EU har rätt att "
          "arbeta i Sverige, och att anmäla anställningen till Migrationsverket senast när anställningen börjar. "
          "Kopian av uppehålls- och arbetstillståndet ska sparas under hela anställningen och i minst tolv månader "
          "efter att den har upphört. Den som anställer någon utan rätt att arbeta kan få betala en särskild "
          "avgift och dömas till böter."),
    ("h1", "Så går en rekrytering från ett land utanför EU till"),
    ("ol", [
        "Kontakta HR-avdelningen innan rekryteringen startar och gör en tidplan tillsammans.",
        "Annonsera tjänsten i Platsbanken och på EURES i minst tio dagar.",
        "Genomför intervjuer, ofta digitalt, och ta referenser.",
        "Kontrollera vilken legitimation eller vilka behörigheter som krävs för tjänsten.",
        "HR-avdelningen lägger in anställningserbjudandet i Migrationsverkets e-tjänst.",
        "Den sökande ansöker om arbetstillstånd och betalar avgiften.",
        "När tillståndet har beviljats skrivs anställningsavtalet under och startdatum bestäms.",
        "Planera mottagandet tillsammans med HR-avdelningen.",
    ]),
    ("p", "Anställningserbjudandet i Migrationsverkets e-tjänst får bara läggas in av HR-avdelningen. Chefer "
          "ska inte själva skapa konton i e-tjänsten för kommunens räkning."),
    ("h2", "Exempel: sjuksköterskor från länder utanför EU"),
    ("p", "En sjuksköterska med utbildning från ett land utanför EU och EES behöver svensk legitimation innan hon "
          "eller han kan arbeta som sjuksköterska. Vägen till legitimation går via Socialstyrelsen och omfattar "
          "bland annat ett kunskapsprov, språkkrav på nivå C1 i svenska och en kurs i svenska författningar. "
          "Processen tar ofta mellan ett och tre år."),
    ("p", "Under tiden kan personen anställas som undersköterska eller vårdbiträde, om arbetstillstånd beviljas för "
          "det yrket. Vård- och äldreomsorgsförvaltningen erbjuder då stöd i form av språkutbildning och "
          "handledning. Observera att ett arbetstillstånd för undersköterska inte gäller för arbete som "
          "sjuksköterska; när legitimationen är klar krävs ett nytt arbetstillstånd för det yrket."),
    ("h1", "Erkännande av utländsk utbildning"),
    ("p", "Universitets- och högskolerådet (UHR) värderar utländska eftergymnasiala utbildningar och visar vad de "
          "motsvarar i Sverige. Utlåtandet från UHR är kostnadsfritt för den sökande och tar normalt två till "
          "tre månader. För legitimationsyrken är det i stället Socialstyrelsen respektive Skolverket som prövar "
          "utbildningen."),
    ("h1", "Mottagande och introduktion"),
    ("h2", "Flyttkostnader"),
    ("p", "För tjänster som har varit svåra att rekrytera kan kommunen bidra till flyttkostnader med högst "
          "30 000 kronor. Beslutet fattas av HR-chefen efter ansökan från den rekryterande chefen, innan "
          "anställningsavtalet skrivs under. Bidraget är skattepliktigt och betalas ut med första lönen."),
    ("h2", "Bostad"),
    ("p", "Kommunen kan inte garantera bostad. Det kommunala bostadsbolaget Alingsåshem kan i mån av plats "
          "erbjuda en korttidsbostad under högst sex månader till medarbetare som rekryterats från utlandet. "
          "Förfrågan görs av HR-avdelningen."),
    ("h2", "Svenska språket"),
    ("p", "Nya medarbetare som inte talar svenska erbjuds svenska för invandrare (sfi) eller motsvarande "
          "språkutbildning. Medarbetaren får delta i språkutbildningen på arbetstid med högst fyra timmar per "
          "vecka under det första anställningsåret. Sfi är avgiftsfri."),
    ("h2", "Mentor"),
    ("p", "Varje ny medarbetare som rekryterats från utlandet får en mentor på arbetsplatsen under de första sex "
          "månaderna. Mentorn hjälper till med praktiska frågor och med att förstå hur en svensk arbetsplats "
          "fungerar."),
    ("h2", "Praktiska frågor vid ankomsten"),
    ("p", "Den första tiden i Sverige innehåller många praktiska steg. HR-avdelningen har en checklista som den "
          "rekryterande chefen går igenom tillsammans med den nya medarbetaren. Checklistan omfattar bland annat:"),
    ("ul", [
        "folkbokföring och personnummer hos Skatteverket,",
        "id-kort från Skatteverket,",
        "bankkonto och BankID, som kräver svenskt id-kort,",
        "anmälan till Försäkringskassan,",
        "plats i förskola och skola för medföljande barn,",
        "registrering hos en vårdcentral.",
    ]),
    ("p", "Räkna med att det kan ta flera veckor innan medarbetaren har personnummer och bankkonto. Lönen kan under "
          "tiden betalas ut till ett utländskt konto efter överenskommelse med löneenheten."),
    ("h2", "Introduktion på arbetsplatsen"),
    ("p", "Introduktionen av en medarbetare som flyttar från ett annat land tar längre tid än en vanlig "
          "introduktion. Planera för att de första veckorna innehåller både praktiska ärenden och introduktion i "
          "arbetet. Utöver kommunens ordinarie introduktion bör medarbetaren få information om svensk "
          "arbetsrätt, kollektivavtal, semesterregler och hur sjukanmälan går till."),
    ("p", "HR-avdelningen ordnar två gånger per år en introduktionsdag på engelska för nya medarbetare som har "
          "rekryterats från utlandet. Dagen tar upp hur den svenska offentliga sektorn fungerar, "
          "offentlighetsprincipen och sekretess, och de värderingar som kommunens arbete bygger på."),
    ("h1", "Vanliga frågor"),
    ("h2", "Kan vi anlita ett rekryteringsföretag i ett annat land?"),
    ("p", "Ja, men tjänsten ska upphandlas på samma sätt som andra tjänster, och kommunen får inte anlita företag "
          "som tar ut avgifter av de sökande. Kontakta HR-avdelningen och upphandlingsenheten innan något avtal "
          "tecknas."),
    ("h2", "Måste intervjun hållas på svenska?"),
    ("p", "Nej. Intervjun kan hållas på engelska eller med tolk om tjänsten inte kräver kunskaper i svenska från "
          "början. Bedömningen av språkkunskaper ska då göras på samma sätt för alla kandidater."),
    ("h2", "Kan en medarbetare med arbetstillstånd byta tjänst inom kommunen?"),
    ("p", "Ett arbetstillstånd gäller för ett visst yrke hos en viss arbetsgivare under de första två åren. Byte "
          "till ett annat yrke under den tiden kräver ett nytt arbetstillstånd. Byte av arbetsplats inom samma "
          "yrke i kommunen kräver inget nytt tillstånd, men HR-avdelningen ska informeras."),
    ("h1", "Kontakt"),
    ("p", "Fatima Haddad, HR-specialist med ansvar för kompetensförsörjning och internationell rekrytering, "
          "svarar på frågor om EURES, arbetstillstånd och mottagande."),
]
ARSRAPPORT = [
    ("title", "Det internationella arbetet 2025"),
    ("ingress", "Årsrapport till kommunstyrelsen om Alingsås kommuns internationella arbete under 2025."),
    ("p", "Kommunledningskontoret, februari 2026. Diarienummer KS 2026/031. Rapporten ingår i underlaget till "
          "kommunens årsredovisning."),
    ("h1", "Sammanfattning"),
    ("p", "Det internationella arbetet i Alingsås har fortsatt att växa under 2025. Kommunen deltog i sex "
          "EU-finansierade projekt, varav två startade under året. Sammanlagt betalades 4,2 miljoner kronor i "
          "EU-stöd ut till kommunen under året, jämfört med 3,1 miljoner kronor 2024."),
    ("p", "Kommunen tog emot 17 utländska delegationer, och medarbetare gjorde sammanlagt 38 tjänsteresor "
          "utomlands med koppling till internationella projekt och nätverk. Europaveckan hade rekordmånga "
          "besökare. Samtidigt visar året att förvaltningarna behöver mer stöd i rapporteringen av EU-projekt, "
          "där flera rapporter har fått kompletteras."),
    ("h1", "Pågående EU-projekt"),
    ("p", "Tabellen visar de EU-finansierade projekt som kommunen deltog i under 2025. Beloppen avser kommunens "
          "egen del av projektets budget."),
    ("table", [
        ["Projekt", "Program", "Förvaltning", "Kommunens budget"],
        ["Cykelvänliga småstäder", "Interreg ÖKS", "Samhällsbyggnad", "1,8 miljoner kronor"],
        ["Steg in", "ESF+", "Kompetens och arbetsliv", "6,2 miljoner kronor"],
        ["Läslust i Norden", "Nordplus Adult", "Kultur och fritid", "180 000 kronor"],
        ["Digital omsorg", "Interreg Östersjön", "Vård och äldreomsorg", "2,1 miljoner kronor"],
        ["Unga röster", "Erasmus+", "Barn och ungdom", "420 000 kronor"],
        ["Hållbara matsalar", "Interreg ÖKS", "Service", "950 000 kronor"],
    ]),
    ("p", "Cykelvänliga småstäder avslutades i juni 2025 och slutrapporten godkändes i oktober. Digital omsorg och "
          "Hållbara matsalar startade under 2025 och pågår till 2027 respektive 2028."),
    ("p", "ESF-projektet Steg in är kommunens största externfinansierade projekt. Under 2025 deltog 64 personer i "
          "projektet, varav 23 gick vidare till arbete eller studier."),
    ("h1", "Ansökningar under året"),
    ("p", "Under 2025 lämnade förvaltningarna in fem ansökningar till EU-program. Tre av dem beviljades, en "
          "avslogs och en väntar fortfarande på beslut. Ansökan som avslogs gällde Creative Europe och lämnades in "
          "av en koordinator i Litauen med stadsbiblioteket som partner. Den kommer att lämnas in på nytt i 2026 "
          "års utlysning."),
    ("p", "Dessutom har samhällsbyggnadsförvaltningen blivit inbjuden till ett ÖKS-projekt om klimatanpassade "
          "bostadsområden. Ansökan lämnas in under 2026."),
    ("h1", "Delegationer och besök"),
    ("p", "Kommunen tog emot 17 utländska delegationer under 2025, varav sex från vänorterna. Besöken kom från "
          "nio länder, och de vanligaste teman var rättvis handel, skola och äldreomsorg. Sammanlagt deltog cirka "
          "310 personer i besöken."),
    ("p", "Avgifter för studiebesök togs ut vid fem besök och gav sammanlagt 24 500 kronor i intäkter. Intäkterna "
          "har fördelats till de förvaltningar som tog emot besöken."),
    ("p", "Besöken fördelade sig på förvaltningarna enligt tabellen nedan. Flera besök omfattade mer än en "
          "förvaltning och räknas då hos den förvaltning som var huvudansvarig."),
    ("table", [
        ["Förvaltning", "Antal besök"],
        ["Barn och ungdom", "5"],
        ["Vård och äldreomsorg", "4"],
        ["Samhällsbyggnad", "3"],
        ["Kommunledningskontoret", "3"],
        ["Kultur och fritid", "2"],
    ]),
    ("h1", "Tjänsteresor"),
    ("p", "Medarbetare och förtroendevalda gjorde 38 tjänsteresor utomlands med koppling till det internationella "
          "arbetet. 29 av resorna finansierades helt eller delvis av EU-projekt. Av resorna gjordes 21 helt eller "
          "delvis med tåg, vilket är en ökning jämfört med 2024 då 14 resor gjordes med tåg."),
    ("h1", "Vänorter"),
    ("p", "Nordiska dagar hölls i Lillestrøm i juni 2024, och under 2025 genomfördes i stället det årliga "
          "ungdomsutbytet i Alingsås i juli, med 24 ungdomar och sex ledare från de tre orterna. Vänortsföreningarna "
          "för Mont-de-Marsan och Leisi genomförde utbyten med stöd av kommunens föreningsbidrag."),
    ("p", "Kultur- och fritidsnämnden använde 104 000 kronor av vänortskedjans budget under 2025. Resterande medel "
          "fördes inte över till 2026."),
    ("h1", "Europaveckan och information"),
    ("p", "Europaveckan 2025 hade temat 30 år som EU-medlem och lockade cirka 1 400 besökare, det högsta antalet "
          "hittills. Samordnaren höll dessutom tolv informationsträffar om EU-finansiering för förvaltningar och "
          "föreningar, med sammanlagt 190 deltagare."),
    ("h1", "Nätverk och kompetensutveckling"),
    ("p", "Kommunen deltog under året i Göteborgsregionens internationella nätverk, som träffades fyra gånger, och "
          "i West Swedens tematiska grupper för klimat och kompetensförsörjning. Den internationella samordnaren "
          "deltog i West Swedens studieresa till Bryssel i oktober tillsammans med två förtroendevalda."),
    ("p", "Den internationella arbetsgruppen sammanträdde sex gånger. Gruppen fick en ny representant från "
          "barn- och ungdomsförvaltningen i september."),
    ("p", "Under året har 22 medarbetare gått West Swedens grundkurs i EU-projektledning, och tolv medarbetare har "
          "deltagit i kommunens introduktion om dataskydd i internationella projekt. Kommunen har också tagit "
          "fram nya riktlinjer om gåvor, representation och mutor i internationella kontakter, som beslutades av "
          "kommundirektören i juni 2025."),
    ("h1", "Internationell rekrytering"),
    ("p", "Fyra medarbetare rekryterades från länder utanför EU under 2025, samtliga till vård- och "
          "äldreomsorgsförvaltningen. HR-avdelningen har under hösten tagit fram en vägledning om internationell "
          "rekrytering som gäller från 2026."),
    ("h1", "Ekonomi"),
    ("p", "De centrala medlen för internationellt arbete uppgick till 450 000 kronor 2025. Av dem användes "
          "418 000 kronor. Den största posten var medlemsavgiften i West Sweden på 60 000 kronor, följd av "
          "Europaveckan och samordnarens resor till nätverksmöten."),
    ("p", "Förvaltningarnas kostnader för internationellt arbete redovisas i respektive nämnds årsredovisning och "
          "ingår inte i beloppen ovan."),
    ("h1", "Uppföljning av målen"),
    ("p", "Den internationella policyn anger sju mål för kommunens internationella arbete. Kommunledningskontoret "
          "bedömer att tre av målen har uppfyllts helt under 2025 och att fyra har uppfyllts delvis."),
    ("p", "Målet om deltagande i internationellt finansierade projekt bedöms som uppfyllt, med sex pågående "
          "projekt och tre nya beviljade ansökningar. Målet om ett aktivt vänortsarbete bedöms också som "
          "uppfyllt, liksom målet om att kommunen ska vara omvärldsorienterad, där informationsträffarna och "
          "Europaveckan har bidragit."),
    ("p", "Målet om att stimulera internationalisering av det lokala näringslivet bedöms som delvis uppfyllt. "
          "Kommunen har under året inte haft några egna insatser för näringslivet, men har hänvisat företag till "
          "Business Region Göteborg och West Sweden. Målet om ett internationellt perspektiv i undervisningen "
          "bedöms som delvis uppfyllt; flera skolor har internationella kontakter, men det saknas en samlad bild "
          "av omfattningen."),
    ("p", "Nyckeltalen för de senaste tre åren visas i tabellen."),
    ("table", [
        ["Nyckeltal", "2023", "2024", "2025"],
        ["Antal pågående EU-projekt", "4", "5", "6"],
        ["Utbetalt EU-stöd, miljoner kronor", "2,4", "3,1", "4,2"],
        ["Antal utländska delegationer", "12", "14", "17"],
        ["Antal internationella tjänsteresor", "27", "33", "38"],
    ]),
    ("h1", "Utmaningar"),
    ("p", "Tre utmaningar har blivit tydliga under året:"),
    ("ul", [
        "Rapporteringen i EU-projekten tar mer tid än förvaltningarna har planerat för, och flera partnerrapporter har fått kompletteras.",
        "Likviditeten är ett problem när EU-stödet betalas ut i efterhand, särskilt för mindre enheter.",
        "Kunskapen om dataskydd i internationella projekt behöver stärkas, särskilt när deltagaruppgifter delas med partner.",
    ]),
    ("h1", "Prioriteringar för 2026"),
    ("p", "Kommunledningskontoret föreslår att följande prioriteras under 2026:"),
    ("ol", [
        "Stärka stödet till projektledare i rapportering, bland annat genom en utbildning i Interreg-rapportering tillsammans med ekonomiavdelningen.",
        "Ta fram en gemensam mall för partnerintyg på svenska och engelska.",
        "Sprida den nya vägledningen om dataskydd och IT-säkerhet i internationellt samarbete.",
        "Förbereda en LIFE-ansökan om klimatanpassning tillsammans med Lerums kommun.",
        "Genomföra Europaveckan 2026 med temat Europa på hemmaplan.",
    ]),
    ("p", "Rapporten behandlas av kommunstyrelsen i mars 2026 och redovisas därefter för kommunfullmäktige "
          "tillsammans med årsredovisningen."),
]


# --- writers -----------------------------------------------------------------------------------

def write_docx(blocks, path: Path, *, author: str) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = author
    for kind, value in blocks:
        if kind == "title":
            d.core_properties.title = value
            d.add_paragraph(value, style="Title")
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(value, level=int(kind[1]))
        elif kind == "ul":
            for item in value:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
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
        elif kind == "bold":
            para = d.add_paragraph()
            para.add_run(value).bold = True
        else:
            para = d.add_paragraph(value)
            para.paragraph_format.space_after = Pt(6)
    d.save(str(path))


def write_pdf(blocks, path: Path, *, running_header: str, author: str, lang: str) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = {
        "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=10),
        "ingress": ParagraphStyle("ingress", fontName="Helvetica", fontSize=12, leading=16, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=12, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=7),
        "item": ParagraphStyle("item", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=2,
                               leftIndent=14, firstLineIndent=-10),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5),
    }
    page_word = "Sida" if lang == "sv" else "Page"

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(20 * mm, A4[1] - 14 * mm, running_header)
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"{page_word} {doc.page}")
        canvas.restoreState()

    story = []
    title = None
    for kind, value in blocks:
        if kind == "title":
            title = value
            story.append(Paragraph(escape(value), styles["title"]))
        elif kind == "ul":
            story += [Paragraph("\u2013 " + escape(item), styles["item"]) for item in value]
            story.append(Spacer(1, 5))
        elif kind == "ol":
            story += [Paragraph(f"{n}. " + escape(item), styles["item"]) for n, item in enumerate(value, 1)]
            story.append(Spacer(1, 5))
        elif kind == "table":
            width = A4[0] - 40 * mm
            cols = len(value[0])
            data = [[Paragraph(escape(text), styles["cell"]) for text in row] for row in value]
            table = Table(data, colWidths=[width / cols] * cols, repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [Spacer(1, 4), table, Spacer(1, 10)]
        else:
            story.append(Paragraph(escape(value), styles[kind]))
    SimpleDocTemplate(str(path), pagesize=A4, title=title, author=author, leftMargin=20 * mm,
                      rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=20 * mm).build(
        story, onFirstPage=on_page, onLaterPages=on_page)


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(INTERREG, folder / "interreg-vagledning.docx", author="Kommunledningskontoret")
    write_docx(HOSTING, folder / "hosting-delegations.docx", author="Municipal Executive Office")
    write_docx(GDPR, folder / "data-protection-international-partners.docx", author="Data protection officer")
    write_docx(RESOR, folder / "tjansteresor-internationella-projekt.docx", author="Kommunledningskontoret")
    write_pdf(ESF, folder / "esf-plus-vagledning.pdf", running_header="Alingsås kommun – ESF+ i Alingsås",
              author="Arbetsmarknadsenheten", lang="sv")
    write_pdf(CLIMATE, folder / "climate-cooperation-europe.pdf",
              running_header="Alingsås kommun – Climate cooperation in Europe", author="Oskar Dahl", lang="en")
    write_pdf(REKRYTERING, folder / "internationell-rekrytering.pdf",
              running_header="Alingsås kommun – Internationell rekrytering", author="HR-avdelningen", lang="sv")
    write_pdf(ARSRAPPORT, folder / "internationellt-arbete-arsrapport-2025.pdf",
              running_header="Det internationella arbetet 2025 – årsrapport", author="Kommunledningskontoret",
              lang="sv")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "knowledge")
