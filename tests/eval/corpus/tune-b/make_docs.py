"""Writes the Word and PDF documents of evaluation part tune-b into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's international work as an evaluation
corpus. People, phone numbers, internal rules, project names and many amounts are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-b/make_docs.py

Block kinds: ("title", text), ("h1", text), ("h2", text), ("p", text), ("list", [items]),
("olist", [items]), ("table", [[header cells], [cells], ...]), ("pagebreak", None).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# 1. Regionalfonden (ERUF) – Swedish, .docx
# ---------------------------------------------------------------------------------------------

ERUF = [
    ("title", "Regionalfonden (ERUF) – vägledning för förvaltningar i Alingsås kommun"),
    ("p", "Den här vägledningen riktar sig till chefer, projektledare och ekonomer i Alingsås kommun som "
          "funderar på att söka stöd från Europeiska regionala utvecklingsfonden. Den är framtagen av "
          "kommunledningskontoret i samarbete med ekonomiavdelningen och uppdaterades senast i januari 2026."),
    ("p", "Vägledningen ersätter inte Tillväxtverkets egna anvisningar. Vid skillnader gäller alltid "
          "Tillväxtverkets villkor och det beslut som projektet har fått."),
    ("h1", "Vad är Regionalfonden?"),
    ("p", "Europeiska regionala utvecklingsfonden, i dagligt tal Regionalfonden eller ERUF, är en av EU:s "
          "fonder inom sammanhållningspolitiken. Syftet är att minska skillnaderna i utveckling mellan "
          "Europas regioner och att stärka den ekonomiska, sociala och territoriella sammanhållningen."),
    ("p", "I Sverige genomförs Regionalfonden under programperioden 2021–2027 genom åtta regionala program "
          "och ett nationellt program. Alingsås omfattas av det regionala programmet för Västsverige, som "
          "täcker Västra Götalands län och Hallands län."),
    ("p", "EU:s bidrag till programmet för Västsverige uppgår till cirka 96 miljoner euro för hela "
          "programperioden. Till det kommer nationell offentlig och privat medfinansiering, vilket gör att "
          "den samlade projektvolymen blir ungefär dubbelt så stor."),
    ("p", "Regionalfonden ska inte förväxlas med Europeiska socialfonden+ (ESF+), som finansierar insatser "
          "för kompetensutveckling och arbetsmarknad och som i Sverige förvaltas av Svenska ESF-rådet."),
    ("h1", "Vem gör vad?"),
    ("p", "Tillväxtverket är förvaltande myndighet för de regionala programmen och är den myndighet som tar "
          "emot ansökningar, fattar beslut om stöd och betalar ut pengarna till projekten."),
    ("p", "Strukturfondspartnerskapet för Västsverige består av förtroendevalda från kommuner och regioner "
          "samt företrädare för arbetsmarknadens parter och det civila samhället. Partnerskapet prioriterar "
          "bland de ansökningar som Tillväxtverket har bedömt som stödberättigande, och Tillväxtverket fattar "
          "därefter det formella beslutet."),
    ("p", "Västra Götalandsregionen är regionalt utvecklingsansvarig och har tagit fram den regionala "
          "utvecklingsstrategi som alla projekt i länet ska bidra till. Regionen är dessutom ofta "
          "medfinansiär i projekt där kommuner är projektägare."),
    ("p", "Inom kommunen är den internationella samordnaren på kommunledningskontoret första kontakt för den "
          "som vill söka. Samordnaren hjälper till med projektidén, partnerskapet och kontakten med "
          "Tillväxtverket. Ekonomiavdelningen har en särskild EU-ekonom, Johan Ekberg, som stöttar med budget, "
          "tidredovisning och ansökningar om utbetalning."),
    ("h1", "Vad kan få stöd?"),
    ("p", "Programmet för Västsverige har fyra insatsområden:"),
    ("list", ["Insatsområde 1: Smart omvandling – forskning, innovation och digitalisering",
              "Insatsområde 2: Konkurrenskraftiga små och medelstora företag",
              "Insatsområde 3: Klimatomställning och energieffektivisering",
              "Insatsområde 4: Hållbar stadsutveckling"]),
    ("p", "Kommuner kan vara projektägare inom samtliga insatsområden, men stöd till enskilda företag ges som "
          "regel genom företagsfrämjande projekt och inte som direkta bidrag. När ett kommunalt projekt ger "
          "företag rådgivning eller utbildning utan kostnad kan det räknas som statsstöd. Läs i så fall "
          "kommunens riktlinje om upphandling och statsstöd i EU-finansierade projekt."),
    ("p", "Regionalfonden finansierar inte ordinarie verksamhet. Ett projekt ska vara avgränsat i tid, ha ett "
          "tydligt förändringssyfte och ge resultat som lever vidare efter projekttiden. Att anställa "
          "personal för att utföra uppgifter som kommunen redan är skyldig att utföra är inte ett projekt."),
    ("p", "Projekt kan drivas av en kommun ensam, men Tillväxtverket ser gärna att flera kommuner, företag "
          "och lärosäten samverkar. Projekt som berör flera kommuner i Göteborgsregionen har ofta lättare "
          "att visa regional nytta."),
    ("h1", "Utlysningar 2026"),
    ("p", "Tillväxtverket publicerar utlysningar på sin webbplats. Det går bara att söka stöd när en utlysning "
          "är öppen, och varje utlysning anger vilka insatsområden och vilka typer av projekt som kan få stöd."),
    ("p", "Följande utlysningar för Västsverige är planerade under 2026 enligt Tillväxtverkets preliminära "
          "utlysningsplan:"),
    ("table", [["Utlysning", "Insatsområde", "Öppnar", "Stänger"],
               ["Innovation och digitalisering i små och medelstora företag", "1 och 2", "2 februari 2026",
                "31 mars 2026"],
               ["Klimatomställning i företag och offentlig sektor", "3", "4 maj 2026", "15 september 2026"],
               ["Hållbar stadsutveckling – levande stadskärnor", "4", "1 september 2026", "12 november 2026"]]),
    ("p", "Datumen är preliminära. Kontrollera alltid de aktuella datumen hos Tillväxtverket innan ni "
          "börjar planera. Observera också att kommunens interna tidsfrister ligger flera veckor före "
          "utlysningens sista dag, se avsnittet om intern beredning nedan."),
    ("p", "Den internationella samordnaren håller en informationsträff om årets utlysningar i början av "
          "året. Datum och anmälan finns i kalendern över internationella evenemang på intranätet."),
    ("h1", "Medfinansiering och stödnivå"),
    ("p", "Regionalfonden täcker aldrig hela projektets kostnader. I Västsverige, som räknas som en mer "
          "utvecklad region, får stödet från Regionalfonden uppgå till högst 40 procent av projektets "
          "stödberättigande kostnader. Resten ska täckas av offentlig eller privat medfinansiering."),
    ("p", "Medfinansiering kan lämnas antingen kontant eller som eget arbete, till exempel personal som "
          "arbetar i projektet och vars lön redovisas som projektkostnad. Västra Götalandsregionen, andra "
          "kommuner, universitet och högskolor är vanliga offentliga medfinansiärer."),
    ("p", "Alingsås kommuns riktlinje är att den kommunala medfinansieringen i ett Regionalfondsprojekt inte "
          "bör överstiga 30 procent av projektets totala budget. Ett högre kommunalt åtagande kräver särskilt "
          "beslut av kommunstyrelsen."),
    ("p", "Beslut om kommunal medfinansiering inom den ramen fattas av kommundirektören när kommunens insats "
          "är högst 500 000 kronor och av kommunstyrelsens arbetsutskott när insatsen är större."),
    ("p", "Tillväxtverket kräver ett medfinansieringsintyg från varje medfinansiär. Kommunens intyg "
          "undertecknas av den som har fattat beslutet om medfinansiering och ska bifogas ansökan."),
    ("p", "Exempel: Ett projekt med en total budget på 4 000 000 kronor kan få högst 1 600 000 kronor från "
          "Regionalfonden. Om Västra Götalandsregionen bidrar med 1 200 000 kronor återstår 1 200 000 kronor, "
          "som kommunen kan täcka med eget arbete och kontanta medel."),
    ("h1", "Stödberättigande kostnader"),
    ("p", "Kostnaderna ska vara faktiska, nödvändiga för projektet och gå att verifiera. Följande kostnadsslag "
          "är vanliga i kommunala projekt:"),
    ("list", ["personal (lön och lönebikostnader)", "externa tjänster, till exempel konsulter",
              "resor och logi", "investeringar, om utlysningen tillåter det",
              "indirekta kostnader, som beräknas med en schablon"]),
    ("h2", "Personalkostnader"),
    ("p", "Personalkostnader redovisas som faktisk lön plus lönebikostnader enligt Tillväxtverkets schablon. "
          "För personal som bara delvis arbetar i projektet beräknas ett timpris genom att den faktiska "
          "årslönen inklusive lönebikostnader delas med 1 720 timmar."),
    ("p", "Medarbetare som arbetar deltid i projektet ska föra tidrapport. Tidrapporten ska undertecknas av "
          "medarbetaren och av närmaste chef varje månad. Den som arbetar heltid i projektet behöver i "
          "stället ett tjänstgöringsintyg."),
    ("h2", "Indirekta kostnader"),
    ("p", "Indirekta kostnader, som lokaler, IT och administration, redovisas inte styck för styck. I stället "
          "beräknas de som en schablon på 15 procent av de stödberättigande direkta personalkostnaderna."),
    ("h2", "Kostnader som inte får stöd"),
    ("p", "Följande kostnader är aldrig stödberättigande i Regionalfondsprojekt:"),
    ("list", ["mervärdesskatt (moms) som kommunen kan få tillbaka",
              "representation där alkohol serveras",
              "gåvor till projektdeltagare och samarbetspartner",
              "kostnader som har uppstått innan ansökan kom in till Tillväxtverket",
              "ränta, bankavgifter och valutaförluster"]),
    ("p", "Eftersom kommuner får tillbaka momsen via kommunkontosystemet ska budgeten i ett "
          "Regionalfondsprojekt alltid göras upp exklusive moms."),
    ("h1", "Vad kännetecknar en bra ansökan?"),
    ("p", "Tillväxtverket bedömer ansökningarna utifrån urvalskriterier som anges i varje utlysning. "
          "Erfarenheten visar att ansökningar som beviljas har några saker gemensamt:"),
    ("list", ["ett tydligt problem som beskrivs med fakta och siffror",
              "mål som går att mäta och som hänger ihop med programmets indikatorer",
              "en realistisk tidplan och budget",
              "ett partnerskap där alla parter har en tydlig roll",
              "en plan för hur resultaten ska tas om hand efter projekttiden"]),
    ("p", "En bra ansökan är dessutom lätt att läsa. Skriv kort, undvik interna förkortningar och förklara "
          "facktermer. Den som bedömer ansökan känner inte till Alingsås kommuns organisation."),
    ("h1", "Intern beredning i kommunen"),
    ("p", "Alla ansökningar om stöd från Regionalfonden där Alingsås kommun är projektägare eller partner "
          "ska beredas i följande steg:"),
    ("olist", ["Kontakta den internationella samordnaren med en kort projektidé på högst två sidor, senast "
               "tio veckor innan utlysningen stänger.",
               "Förankra idén hos förvaltningschefen, som bedömer om projektet stämmer med förvaltningens mål "
               "och om personal kan avsättas.",
               "Ta fram budget och finansieringsplan tillsammans med EU-ekonomen.",
               "Begär beslut om kommunal medfinansiering enligt avsnittet om medfinansiering ovan.",
               "Skriv ansökan i Tillväxtverkets e-tjänst Min ansökan och bjud in samordnaren som läsare.",
               "Låt kommunens firmatecknare signera ansökan digitalt innan den skickas in."]),
    ("p", "Samordnaren läser och kommenterar alla ansökningar innan de skickas in. Räkna med att "
          "genomläsningen tar upp till fem arbetsdagar."),
    ("p", "Om kommunen deltar som partner i ett projekt som ägs av en annan organisation gäller samma steg, "
          "med undantag för steg 5 och 6, som projektägaren ansvarar för."),
    ("h1", "När projektet har beviljats"),
    ("p", "Tillväxtverkets beslut innehåller villkor som gäller under hela projekttiden. Läs beslutet noga "
          "tillsammans med EU-ekonomen innan projektet startar."),
    ("p", "Ekonomiavdelningen lägger upp ett eget projektnummer i ekonomisystemet så att alla intäkter och "
          "kostnader kan särredovisas. Inga kostnader får bokas på projektet innan projektnumret finns."),
    ("p", "Projektet bör ha en styrgrupp där förvaltningschefen, eller den som förvaltningschefen utser, är "
          "ordförande. Styrgruppen följer upp projektets ekonomi och resultat minst två gånger per år."),
    ("p", "Ändringar i projektet, till exempel en förlängd projekttid, en ny partner eller en omfördelning av "
          "budgeten mellan kostnadsslag, ska godkännas av Tillväxtverket i förväg genom en ändringsansökan."),
    ("h1", "Rapportering och utbetalning"),
    ("p", "Stödet betalas ut i efterhand, när projektet har redovisat sina kostnader. Projektet ansöker om "
          "utbetalning i Min ansökan och ska göra det minst en gång var sjätte månad."),
    ("p", "Tillsammans med varje ansökan om utbetalning lämnas en lägesrapport som beskriver vad som har "
          "gjorts under perioden och hur projektet ligger till i förhållande till aktivitetsplanen och "
          "indikatorerna."),
    ("p", "Tillväxtverket kan efter ansökan betala ut ett förskott på högst 20 procent av det beviljade "
          "stödet. Kommunen ansöker normalt inte om förskott, eftersom kommunens likviditet är god."),
    ("p", "Slutrapporten ska lämnas senast två månader efter projektets slutdatum, tillsammans med den sista "
          "ansökan om utbetalning. Tio procent av stödet hålls inne tills slutrapporten har godkänts."),
    ("p", "Projektledaren rapporterar dessutom projektets ekonomi och aktiviteter till den internationella "
          "samordnaren en gång per kvartal, senast den 15:e dagen i månaden efter kvartalets slut."),
    ("h2", "Indikatorer"),
    ("p", "Varje projekt väljer indikatorer ur programmet, till exempel antal företag som har fått stöd eller "
          "antal nya produkter. Indikatorernas värden följs upp i varje lägesrapport och redovisas samlat i "
          "slutrapporten."),
    ("h1", "Kommunikation och synlighet"),
    ("p", "Alla projekt som får stöd från Regionalfonden ska visa att EU bidrar. EU-emblemet tillsammans med "
          "texten ”Medfinansieras av Europeiska unionen” ska finnas på projektets webbsida, i trycksaker och "
          "i presentationer."),
    ("p", "Projektet ska också sätta upp minst en affisch i A3-format eller större med information om "
          "projektet, på en plats där allmänheten kan se den, till exempel vid entrén till förvaltningens "
          "lokaler. Projekt med en total kostnad över 5 miljoner euro ska i stället ha en permanent skylt."),
    ("p", "Kommunikationsenheten har mallar för affischer och presentationer med rätt logotyper."),
    ("p", "Projektet ska också informera om EU-stödet när det bjuder in till aktiviteter, i pressmeddelanden "
          "och i sociala medier. Tillväxtverket kan minska stödet med upp till tre procent om "
          "kommunikationskraven inte följs."),
    ("p", "Projekt som får stöd från Regionalfonden publiceras i en öppen förteckning på Tillväxtverkets "
          "webbplats, med projektets namn, syfte, stödbelopp och projektägare."),
    ("h1", "Arkivering och kontroll"),
    ("p", "Alla handlingar som rör projektet, till exempel ansökan, beslut, tidrapporter, fakturor och "
          "upphandlingsdokumentation, ska bevaras i minst fem år räknat från den 31 december det år då "
          "Tillväxtverket gjorde den sista utbetalningen."),
    ("p", "Under den tiden kan Tillväxtverket, Ekonomistyrningsverket som revisionsmyndighet och "
          "EU-kommissionen granska projektet, även genom besök på plats."),
    ("h1", "Horisontella principer"),
    ("p", "Alla projekt ska bidra till EU:s horisontella principer: jämställdhet, icke-diskriminering, "
          "tillgänglighet för personer med funktionsnedsättning och hållbar utveckling. I ansökan ska "
          "projektet beskriva hur principerna beaktas i planering, genomförande och uppföljning."),
    ("p", "Tillväxtverket bedömer hur väl projektet integrerar principerna. En ansökan som bara konstaterar "
          "att projektet ska arbeta med jämställdhet, utan att beskriva hur, får ofta ett sämre omdöme."),
    ("p", "Projekt som omfattar investeringar i infrastruktur ska dessutom klimatsäkras. Det innebär att "
          "projektet redovisar hur investeringen påverkar klimatet och hur den kan påverkas av ett "
          "förändrat klimat."),
    ("h1", "Projektorganisation"),
    ("p", "Ett Regionalfondsprojekt behöver en projektledare med tid avsatt för uppdraget. Erfarenheten från "
          "kommunens tidigare projekt visar att projektledaren bör arbeta minst 50 procent i projektet."),
    ("p", "Projektekonomen, som oftast är en ekonom på den förvaltning som äger projektet, sköter den "
          "löpande redovisningen och tar fram underlag till ansökningarna om utbetalning. EU-ekonomen på "
          "ekonomiavdelningen granskar underlaget innan det skickas till Tillväxtverket."),
    ("p", "Projektledaren ansvarar för att tidrapporter, deltagarförteckningar och dokumentation av "
          "aktiviteter samlas in löpande. Det är betydligt svårare att samla in underlagen i efterhand."),
    ("h1", "Exempel på projekt"),
    ("p", "Alingsås kommun har under programperioden deltagit i följande Regionalfondsprojekt:"),
    ("list", ["Smart handel i Alingsås stadskärna (2022–2024), där kommunen var projektägare och "
              "handlarföreningen var privat medfinansiär. Projektets totala budget var 3,2 miljoner kronor.",
              "Grön omställning i Sjuhärad och Göteborgsregionen, där kommunen var en av nio partner.",
              "Digital mognad i små företag, ett projekt som ägs av Göteborgsregionen och där "
              "näringslivsenheten deltar."]),
    ("p", "Projektbeskrivningar och slutrapporter från projekten finns hos den internationella samordnaren "
          "och kan lånas som inspiration."),
    ("h1", "Avslut och efterarbete"),
    ("p", "När projektet är slut ska resultaten tas om hand. Förvaltningschefen ansvarar för att det finns en "
          "plan för vad som ska leva vidare, och planen ska vara klar senast tre månader före projektets "
          "slutdatum."),
    ("p", "Personal som har anställts för projektet har en visstidsanställning som upphör när projektet "
          "avslutas, om inget annat har beslutats."),
    ("p", "Den internationella samordnaren sammanställer en kort erfarenhetsrapport om varje avslutat projekt "
          "till kommunledningsgruppen."),
    ("h1", "Frågor och svar"),
    ("p", "Kan kommunen söka stöd för att anställa en projektledare? Ja, om projektledaren arbetar med "
          "projektets utvecklingsinsatser och arbetstiden redovisas enligt reglerna ovan."),
    ("p", "Kan ett projekt starta innan beslutet har kommit? Ja, projektet kan starta på egen risk från den dag "
          "då ansökan kom in till Tillväxtverket, men kostnaderna ersätts bara om ansökan beviljas."),
    ("p", "Kan företag vara medfinansiärer? Ja, privat medfinansiering är tillåten. Företag som deltar i "
          "projektet får däremot inte samtidigt få stöd som strider mot statsstödsreglerna."),
    ("p", "Hur länge får ett projekt pågå? Ett Regionalfondsprojekt pågår normalt i två till tre år, och inga "
          "kostnader kan få stöd efter den 31 december 2029."),
    ("h1", "Vanliga misstag"),
    ("p", "Erfarenheterna från tidigare projekt visar att följande misstag är vanligast:"),
    ("list", ["Projektidén beskriver ordinarie verksamhet i stället för utveckling.",
              "Medfinansieringen är inte beslutad när ansökan skickas in.",
              "Kostnader bokas innan projektnumret finns.",
              "Tidrapporter saknar underskrift.",
              "Inköp görs utan att upphandlingsreglerna följs.",
              "Kommunikationskraven glöms bort och affischen sätts aldrig upp."]),
    ("h1", "Bilaga: så bygger du budgeten"),
    ("p", "Budgeten i Min ansökan byggs upp per kostnadsslag och per år. Börja med aktivitetsplanen och "
          "räkna ut vilka resurser varje aktivitet behöver. Först därefter fördelar du kostnaderna på "
          "kostnadsslagen."),
    ("p", "Personal: ange varje befattning, hur stor del av tiden personen arbetar i projektet och den "
          "beräknade lönekostnaden. Använd faktiska löner om personerna är kända och genomsnittslöner för "
          "befattningen om de ska rekryteras."),
    ("p", "Externa tjänster: beskriv vad som ska köpas och hur priset har uppskattats, till exempel genom "
          "en tidigare offert eller ett ramavtal. Tänk på att inköpen ska följa upphandlingsreglerna."),
    ("p", "Resor och logi: räkna med kommunens faktiska kostnader enligt reseavtalet. Resor utanför "
          "programområdet ska motiveras särskilt i ansökan."),
    ("p", "Finansiering: ange varje medfinansiär med belopp och typ av medfinansiering, kontant eller i form "
          "av arbetstid. Summan av EU-stöd och medfinansiering ska vara lika stor som de totala kostnaderna."),
    ("p", "Spara alla beräkningar i en egen kalkyl. Tillväxtverket ställer ofta frågor om hur posterna har "
          "räknats fram, och samma kalkyl behövs när projektet senare ska följa upp sin budget."),
    ("h1", "Kontakt"),
    ("p", "Internationell samordnare: Helena Strand, kommunledningskontoret, telefon 0322-61 62 14."),
    ("p", "EU-ekonom: Johan Ekberg, ekonomiavdelningen, telefon 0322-61 63 40, e-post "
          "johan.ekberg@alingsas.se."),
]

# ---------------------------------------------------------------------------------------------
# 3. Horizon Europe – English, .pdf
# ---------------------------------------------------------------------------------------------

HORIZON = [
    ("title", "Horizon Europe and research partnerships"),
    ("p", "A guide for staff of Alingsås Municipality. Version 2.1, February 2026. Prepared by the Municipal "
          "Executive Office (Kommunledningskontoret) together with the Finance Department."),
    ("p", "Universities and research institutes increasingly ask municipalities to take part in research "
          "projects, as test sites, as sources of data or as full partners. This guide explains what the "
          "European Union's research programme expects from a partner, which roles the municipality can take, "
          "how the money works and what you must do before you say yes."),
    ("h1", "1. What is Horizon Europe?"),
    ("p", "Horizon Europe is the European Union's framework programme for research and innovation for the "
          "years 2021–2027. With a budget of about €93.5 billion, it is the largest research and innovation "
          "programme in the world."),
    ("p", "The programme is built on three pillars:"),
    ("list", ["Pillar 1 – Excellent Science", "Pillar 2 – Global Challenges and European Industrial "
              "Competitiveness", "Pillar 3 – Innovative Europe"]),
    ("p", "A separate part, Widening Participation and Strengthening the European Research Area, supports "
          "countries and regions that have so far taken part less in EU research."),
    ("p", "For municipalities, Pillar 2 is by far the most relevant. It is organised in six thematic "
          "clusters, of which Cluster 5 (Climate, Energy and Mobility) and Cluster 6 (Food, Bioeconomy, "
          "Natural Resources, Agriculture and Environment) have been the most relevant for Alingsås."),
    ("h2", "1.1 EU Missions"),
    ("p", "Horizon Europe also funds five EU Missions, which set concrete goals to be reached by 2030:"),
    ("list", ["Adaptation to Climate Change", "Cancer", "Restore our Ocean and Waters",
              "Climate-Neutral and Smart Cities", "A Soil Deal for Europe"]),
    ("p", "Alingsås is not one of the 112 cities selected for the mission on climate-neutral and smart "
          "cities. The municipality can still take part in mission projects as a partner or as a "
          "replication site. In Sweden, the work on the cities mission is coordinated by the Viable Cities "
          "programme."),
    ("h1", "2. Why take part?"),
    ("p", "Research projects give the municipality access to new knowledge, methods and international "
          "contacts at a low cost. They can help us test solutions before we invest in them, and they "
          "strengthen our cooperation with the universities in the region."),
    ("p", "At the same time, research projects are demanding. Reporting is detailed, timelines are long, and "
          "the results are not always directly usable in our daily work. Taking part should therefore be a "
          "conscious decision, based on a clear need in one of our departments."),
    ("h1", "3. Roles the municipality can take"),
    ("p", "A beneficiary is a full partner that signs the Grant Agreement, carries out part of the work and "
          "receives EU funding for its own costs. A beneficiary is jointly responsible with the other "
          "partners for carrying out the project."),
    ("p", "An affiliated entity is an organisation with a legal or capital link to a beneficiary, for "
          "example a municipal company, which carries out work in the project and declares its own costs "
          "without signing the Grant Agreement itself."),
    ("p", "An associated partner takes part in the work but does not sign the Grant Agreement and does not "
          "receive any EU funding; it covers its own costs."),
    ("p", "A subcontractor carries out a limited task for a beneficiary against payment. A subcontractor "
          "must be selected through public procurement and is not a partner in the project."),
    ("p", "In practice, the municipality is often asked to be a pilot site or a living lab. This is not a "
          "formal role in itself; the municipality must still be a beneficiary, an affiliated entity or an "
          "associated partner."),
    ("p", "Alingsås Municipality takes part as a beneficiary only when its own tasks in the project amount "
          "to at least six person-months over the whole project. For smaller tasks, we take part as an "
          "associated partner."),
    ("h1", "4. Consortium rules"),
    ("p", "Most collaborative projects in Pillar 2 must be carried out by a consortium of at least three "
          "independent legal entities, each established in a different country. At least one of them must "
          "be established in an EU Member State, and the other two in Member States or countries associated "
          "to Horizon Europe. Norway, Iceland and the United Kingdom are among the associated countries."),
    ("p", "In practice, successful consortia in the clusters relevant to us usually have between eight and "
          "fifteen partners."),
    ("p", "The coordinator is the beneficiary that represents the consortium towards the European "
          "Commission, receives the EU payments and passes them on to the other partners. Alingsås "
          "Municipality does not act as coordinator in Horizon Europe projects. The role should be taken by "
          "a university or research institute with the necessary administrative capacity."),
    ("p", "Beneficiaries must sign a consortium agreement among themselves before the Grant Agreement is "
          "signed. Most consortia use the DESCA model agreement. Every consortium agreement must be reviewed "
          "by the municipal lawyer before it is signed, and the lawyer needs at least three weeks for the "
          "review."),
    ("h1", "5. Funding rates and overheads"),
    ("p", "Horizon Europe reimburses a percentage of the eligible costs, called the funding rate. The rate "
          "depends on the type of action:"),
    ("list", ["Research and Innovation Actions (RIA): 100 per cent of eligible costs",
              "Innovation Actions (IA): 70 per cent for profit-making organisations, 100 per cent for "
              "non-profit legal entities",
              "Coordination and Support Actions (CSA): 100 per cent of eligible costs"]),
    ("p", "As a public body, the municipality counts as a non-profit legal entity and therefore receives "
          "100 per cent also in Innovation Actions."),
    ("p", "Indirect costs (overheads) are covered by a flat rate of 25 per cent of the eligible direct "
          "costs, excluding subcontracting and financial support to third parties. Beneficiaries do not "
          "need to show what their actual overheads are."),
    ("p", "Personnel costs are calculated with a daily rate: the person's annual personnel costs divided by "
          "215 days. Staff must record the time they spend on the project in timesheets, unless they work "
          "exclusively on the project."),
    ("h2", "5.1 When a university leads the project"),
    ("p", "Swedish universities calculate their indirect costs with the SUHF model, and their actual "
          "overhead rates are usually considerably higher than the 25 per cent flat rate. When a university "
          "leads a project, it sometimes asks the other partners to help cover the difference."),
    ("p", "Alingsås Municipality does not pay towards a university's uncovered overhead costs. Our "
          "contribution to a research partnership is our own staff time, data and access to sites."),
    ("p", "If a university asks the municipality to co-finance a doctoral position or a post-doc, the "
          "request is handled as a separate agreement outside the Horizon Europe project and must be decided "
          "by the Municipal Executive Board."),
    ("h2", "5.2 Payments and guarantees"),
    ("p", "After the Grant Agreement is signed, the consortium receives a pre-financing payment. Five per "
          "cent of the total EU contribution is retained for the Mutual Insurance Mechanism, which protects "
          "the Commission if a partner fails to repay money it owes. The amount is normally returned at the "
          "end of the project."),
    ("p", "A Certificate on the Financial Statements (CFS), issued by an external auditor, is required when "
          "a beneficiary requests an EU contribution of €430,000 or more as reimbursement of actual costs. "
          "The municipality's elected auditors cannot issue the certificate; it is bought from an "
          "authorised accounting firm, and the cost is eligible."),
    ("p", "A growing number of calls use lump sum funding, where the EU pays a fixed amount for each work "
          "package when the work is completed, instead of reimbursing actual costs. In lump sum projects no "
          "financial statements or timesheets are sent to the Commission, but the work must be documented."),
    ("h1", "6. Letters of support and commitments"),
    ("p", "A letter of support expresses interest in a project and does not commit the municipality to "
          "anything. It can be signed by the head of the department concerned."),
    ("p", "A letter of commitment, or any other document that promises staff time or money, requires a "
          "formal decision. The head of department decides when the municipality's own contribution is below "
          "SEK 300,000. When the contribution is SEK 300,000 or more, the decision is taken by the Municipal "
          "Executive Board's working committee."),
    ("p", "Requests to join a Horizon Europe proposal must reach the international coordinator at least six "
          "weeks before the call deadline. Requests that arrive later are normally declined."),
    ("pagebreak", None),
    ("h1", "7. From invitation to Grant Agreement"),
    ("p", "When the municipality is invited to join a proposal, the following steps apply:"),
    ("olist", ["Forward the invitation and the draft project summary to the international coordinator.",
               "The coordinator and the department assess relevance, capacity and costs within ten working "
               "days.",
               "Agree on the municipality's tasks, person-months and budget with the project coordinator.",
               "Obtain a decision on the municipality's contribution, as described in section 6.",
               "Make sure that the municipality's PIC is entered correctly in the proposal.",
               "After a positive evaluation, the authorised signatory signs the accession form in the "
               "Funding & Tenders Portal."]),
    ("p", "Alingsås Municipality's Participant Identification Code (PIC) is 886412377. The municipality's "
          "Legal Entity Appointed Representative (LEAR) is the head of finance, who manages the "
          "municipality's data in the Funding & Tenders Portal and appoints the persons who may sign."),
    ("p", "Evaluation takes about five months from the call deadline, and the Grant Agreement is normally "
          "signed within another three months. The time from deadline to signed agreement is therefore "
          "about eight months."),
    ("h1", "8. Reporting and audits"),
    ("p", "Reporting periods are normally 18 months long. After each period, every beneficiary submits a "
          "financial statement and the consortium submits a technical report, both within 60 days."),
    ("p", "The Commission may carry out audits up to two years after the payment of the balance. All "
          "documents, including timesheets and invoices, must be kept for five years after the balance "
          "payment."),
    ("p", "The municipality's Finance Department sets up a separate project number for each Horizon Europe "
          "project. Costs may not be recorded on the project before the Grant Agreement has been signed, "
          "except for costs incurred after the project's official start date."),
    ("h2", "8.1 Intellectual property, data and open science"),
    ("p", "Results belong to the partner that generated them. When several partners generate a result "
          "together, they own it jointly and must agree on how it may be used."),
    ("p", "The municipality's background, meaning data, maps and methods it already has, is listed in the "
          "consortium agreement. Only background that is listed there may be used by the other partners, "
          "and only for the purposes of the project."),
    ("p", "Horizon Europe requires open access to scientific publications. Research data should be as open "
          "as possible and as closed as necessary, and every project must deliver a data management plan "
          "within its first six months."),
    ("p", "Personal data, for example interviews with residents or data from our care services, may only be "
          "shared with research partners under an agreement approved by the municipality's data protection "
          "officer."),
    ("h2", "8.2 Ethics"),
    ("p", "All proposals include an ethics self-assessment. Research involving people, such as interviews or "
          "surveys of residents, may also need approval from the Swedish Ethical Review Authority. The "
          "university normally applies for the ethical approval, but the municipality must describe how data "
          "will be collected in its own activities."),
    ("h2", "8.3 How much time does it take?"),
    ("p", "Preparing a proposal as a partner usually takes 40 to 80 hours for the municipality's contact "
          "person, mostly for meetings and for writing the municipality's part. Coordinating a proposal "
          "takes far more time, which is one reason why the municipality does not coordinate."),
    ("p", "During the project, a beneficiary needs a contact person with at least 10 per cent of their "
          "working time set aside for project administration, in addition to the time spent on the "
          "project's research and innovation work."),
    ("h1", "9. Our current projects"),
    ("p", "Alingsås Municipality currently takes part in the following Horizon Europe projects:"),
    ("table", [["Project", "Cluster", "Our role", "Period", "EU funding to Alingsås"],
               ["CIRCULAR-TOWNS", "Cluster 6", "Beneficiary", "2024–2027", "€312,500"],
               ["HEAT-SHIFT", "Cluster 5", "Associated partner", "2025–2028", "None"]]),
    ("p", "CIRCULAR-TOWNS develops circular business models for small towns and is coordinated by a "
          "Finnish university. In HEAT-SHIFT, the municipality's property unit provides data from two "
          "school buildings to a study on heating in public buildings."),
    ("h1", "10. Frequently asked questions"),
    ("p", "Can the municipality take part in several proposals for the same call? Yes, but only if each "
          "department involved confirms that it can carry out the work if all the proposals are funded."),
    ("p", "Are the costs of hosting a site visit covered? For a beneficiary, the costs of a site visit that is "
          "part of the work plan are eligible. An associated partner receives no EU funding and covers such "
          "costs itself."),
    ("p", "What happens if the proposal is rejected? Every proposal receives an evaluation summary report "
          "with the evaluators' comments. Many consortia submit an improved proposal in a later call, and "
          "the municipality can then take part again without a new decision if its role is unchanged."),
    ("h2", "10.1 Key terms"),
    ("p", "Grant Agreement: the contract between the European Commission and the beneficiaries, setting out "
          "the work, the budget and the rules. Consortium Agreement: the contract among the beneficiaries "
          "themselves about management, money and results. Work package: a major part of the project with "
          "its own objectives and deliverables. Deliverable: a report, tool or other output that must be "
          "submitted to the Commission by a given date. Person-month: the work of one person for one month, "
          "used to plan and report effort."),
    ("h1", "Annex: checklist for the department"),
    ("p", "Before the municipality commits to a Horizon Europe proposal, the department should be able to "
          "answer yes to the following questions:"),
    ("list", ["Does the project address a real need in our own activities?",
              "Do we have a named contact person with time for the project during its whole duration?",
              "Is the municipality's role and budget clearly described in the proposal?",
              "Have the Finance Department and, where needed, the municipal lawyer been involved?",
              "Do we know how personal data will be handled?",
              "Is there a plan for how we will use the results after the project?"]),
    ("p", "If the answer to any of the questions is no, talk to the international coordinator before you "
          "confirm participation."),
    ("h1", "11. Support available"),
    ("p", "Vinnova is the National Contact Point for Horizon Europe in Sweden. Its advisers give free "
          "advice on calls, rules and partner searches, and run proposal-writing workshops."),
    ("p", "West Sweden's office in Brussels can help the municipality find consortia and can pass on our "
          "interest to project coordinators in other countries."),
    ("p", "Region Västra Götaland offers small grants for preparing EU research and innovation proposals. "
          "Municipalities in the region can apply when they have a clearly defined role in a proposal."),
    ("p", "Tips for finding partners: take part in the information days and brokerage events that the "
          "Commission organises before large calls, use the partner search function in the Funding & Tenders "
          "Portal, and tell the international coordinator which topics your department is interested in."),
    ("p", "Within the municipality, the international coordinator is the first contact for all questions "
          "about Horizon Europe. Questions about budgets, timesheets and payments go to the Finance "
          "Department's EU economist."),
]

# ---------------------------------------------------------------------------------------------
# 6. Upphandling och statsstöd – Swedish, .pdf
# ---------------------------------------------------------------------------------------------

UPPHANDLING = [
    ("title", "Upphandling och statsstöd i EU-finansierade projekt"),
    ("p", "Riktlinje för Alingsås kommun. Fastställd av kommundirektören 2025-11-03 och gäller från och med "
          "2026-01-01. Ansvarig för riktlinjen är upphandlingsenheten i samråd med kommunjuristen."),
    ("h1", "1. Inledning"),
    ("p", "När ett projekt finansieras med EU-medel granskas projektets inköp extra noga. Felaktiga "
          "upphandlingar är den vanligaste orsaken till att EU-projekt måste betala tillbaka pengar. "
          "Riktlinjen beskriver vad projektledare och beställare behöver tänka på när de köper varor och "
          "tjänster i ett projekt, och när ett projekt riskerar att ge otillåtet statsstöd till företag."),
    ("p", "Riktlinjen gäller alla projekt som får stöd från EU:s fonder och program, till exempel "
          "Regionalfonden, Interreg, Erasmus+, Leader och Horisont Europa, oavsett om kommunen är "
          "projektägare eller partner."),
    ("h1", "2. Regelverket"),
    ("p", "Kommunen är en upphandlande myndighet och ska följa lagen (2016:1145) om offentlig upphandling, "
          "LOU, vid alla inköp. Det gäller oavsett om inköpet betalas med skattemedel eller med EU-medel."),
    ("p", "Vid varje upphandling ska de fem grundläggande principerna följas: likabehandling, "
          "icke-diskriminering, öppenhet, proportionalitet och ömsesidigt erkännande."),
    ("p", "EU-stödets villkor innebär dessutom att projektet ska kunna visa att varje inköp har gjorts "
          "affärsmässigt. Det räcker alltså inte att inköpet är lagligt; projektet måste också kunna visa "
          "hur leverantören valdes."),
    ("h1", "3. Beloppsgränser"),
    ("p", "Vilket förfarande som ska användas beror på inköpets värde. Värdet räknas alltid exklusive moms "
          "och för hela projektperioden. Tabellen visar kommunens gränser:"),
    ("table", [["Inköpets värde (exkl. moms)", "Förfarande", "Ansvarig"],
               ["Under 100 000 kr", "Direktupphandling, prisjämförelse", "Projektledaren"],
               ["100 000 – 700 000 kr", "Direktupphandling med tre offerter", "Projektledaren"],
               ["Över 700 000 kr", "Annonserad upphandling", "Upphandlingsenheten"]]),
    ("p", "Direktupphandlingsgränsen enligt LOU är 700 000 kronor. Över den gränsen ska inköpet annonseras, "
          "och upphandlingen genomförs då alltid av upphandlingsenheten."),
    ("p", "För direktupphandlingar mellan 100 000 och 700 000 kronor ska projektledaren skicka en skriftlig "
          "förfrågan till minst tre leverantörer och spara förfrågan, de offerter som kommit in och en "
          "motivering till valet av leverantör."),
    ("p", "Ett inköp får inte delas upp i flera mindre inköp för att komma under en beloppsgräns. Alla inköp "
          "av samma slag under projektperioden ska räknas samman."),
    ("p", "Om kommunen redan har ett ramavtal för varan eller tjänsten ska ramavtalet användas. Det gäller "
          "även i EU-projekt, till exempel för resor, konsulter inom IT och tryckeritjänster."),
    ("h1", "4. Dokumentation"),
    ("p", "Direktupphandlingar över 100 000 kronor ska dokumenteras enligt LOU. I EU-projekt ska projektet "
          "dessutom spara följande för varje inköp över 10 000 kronor:"),
    ("list", ["en kort beskrivning av behovet och hur värdet har beräknats",
              "vilka leverantörer som tillfrågades och hur",
              "inkomna offerter eller prisuppgifter",
              "beslutet om vilken leverantör som valdes, med motivering",
              "avtal eller beställning samt faktura"]),
    ("p", "Dokumentationen sparas i projektets akt i kommunens ärendehanteringssystem och bevaras lika länge "
          "som övriga projekthandlingar."),
    ("h1", "5. Finansiella korrigeringar"),
    ("p", "Om en upphandling har gjorts felaktigt kan stödmyndigheten göra en finansiell korrigering, det "
          "vill säga dra av en del av stödet. Korrigeringen är normalt 5, 10, 25 eller 100 procent av den "
          "berörda kostnaden, beroende på hur allvarligt felet är."),
    ("p", "Att helt utelämna annonsering när annonsering krävs leder normalt till en korrigering på 100 "
          "procent av kostnaden. Mindre brister i dokumentationen leder oftast till en korrigering på 5 "
          "procent."),
    ("p", "En finansiell korrigering kan komma flera år efter att kostnaden uppstod, eftersom revisionen sker "
          "i efterhand. Den förvaltning som äger projektet står för det belopp som dras av."),
    ("h1", "6. Vad behöver inte upphandlas?"),
    ("p", "Lönekostnader för kommunens egen personal upphandlas inte. Detsamma gäller avgifter till "
          "myndigheter och konferensavgifter där arrangören bestämmer priset."),
    ("p", "Resor och hotell ska bokas via kommunens avtalade resebyrå, även när resan betalas av ett "
          "EU-projekt. Att resan bokas via ramavtalet räcker som dokumentation av upphandlingen."),
    ("h1", "7. Vad är statsstöd?"),
    ("p", "Statsstöd är när det offentliga, till exempel en kommun, ger ett företag en ekonomisk fördel som "
          "företaget inte hade fått på marknaden. Sådant stöd är i princip förbjudet enligt artikel 107 i "
          "EUF-fördraget, men det finns flera undantag."),
    ("p", "Begreppet företag tolkas brett. Även en ideell förening eller en stiftelse räknas som företag i "
          "statsstödsreglernas mening om den bedriver ekonomisk verksamhet, det vill säga erbjuder varor eller "
          "tjänster på en marknad."),
    ("p", "I EU-projekt uppstår frågan om statsstöd oftast när projektet erbjuder företag kostnadsfri "
          "rådgivning, utbildning, analyser eller tillgång till lokaler och utrustning."),
    ("h1", "8. Stöd av mindre betydelse (de minimis)"),
    ("p", "Det vanligaste undantaget i kommunala projekt är stöd av mindre betydelse, så kallat de "
          "minimis-stöd. Sedan den 1 januari 2024 får ett företag ta emot högst 300 000 euro i de minimis-stöd "
          "under en period av tre år. Tidigare var taket 200 000 euro under tre beskattningsår."),
    ("p", "För företag inom primärproduktion av jordbruksprodukter gäller en särskild förordning med ett "
          "lägre tak på 50 000 euro under tre år."),
    ("p", "Taket räknas per företag och omfattar allt de minimis-stöd från alla offentliga stödgivare, inte "
          "bara från kommunen. Företag i samma koncern räknas som ett och samma företag."),
    ("p", "Omräkning från kronor till euro görs med den växelkurs som EU-kommissionen publicerar i InforEuro "
          "för den månad då stödet beviljas."),
    ("pagebreak", None),
    ("h1", "9. Så hanterar projektet de minimis-stöd"),
    ("p", "När ett projekt ger stöd till enskilda företag ska följande steg följas:"),
    ("olist", ["Bedöm tillsammans med kommunjuristen om aktiviteten ger enskilda företag en ekonomisk fördel.",
               "Beräkna värdet av stödet per företag, till exempel kostnaden för konsulttimmar per deltagande "
               "företag.",
               "Be företaget fylla i en försäkran om hur mycket de minimis-stöd det har fått under de senaste "
               "tre åren.",
               "Kontrollera att det nya stödet inte gör att taket överskrids.",
               "Lämna ett skriftligt intyg till företaget om stödets värde i euro och om att det är ett de "
               "minimis-stöd.",
               "Registrera stödet i kommunens stödregister senast 20 arbetsdagar efter att stödet beviljats."]),
    ("p", "Från och med den 1 januari 2026 ska de minimis-stöd även registreras i det nationella "
          "stödregistret. Upphandlingsenheten gör den registreringen utifrån kommunens stödregister."),
    ("p", "Om ett företag redan ligger nära taket får projektet inte ge företaget mer stöd som de "
          "minimis-stöd. Företaget kan då i stället delta mot betalning till marknadspris."),
    ("h1", "10. Allmänna gruppundantagsförordningen"),
    ("p", "Den allmänna gruppundantagsförordningen (GBER) tillåter vissa större stöd utan förhandsanmälan "
          "till EU-kommissionen, till exempel stöd till forskning, innovation och utbildning. Att använda "
          "GBER kräver att kommunjuristen har godkänt upplägget innan projektansökan skickas in."),
    ("h1", "11. Vanliga frågor"),
    ("p", "Får projektet köpa konsulttjänster av en partner i projektet? Nej, inte utan upphandling. Att en "
          "organisation är partner i projektet ger ingen rätt att sälja tjänster till projektet."),
    ("p", "Får vi köpa från en leverantör i ett annat EU-land? Ja. Leverantörer från hela EU och EES ska "
          "behandlas lika, och det är inte tillåtet att gynna lokala leverantörer."),
    ("p", "Räknas en gratis frukostträff för företag som statsstöd? Normalt inte, eftersom värdet per "
          "företag är mycket lågt och träffen är öppen för alla. Vid tveksamhet kontaktar du kommunjuristen."),
    ("p", "Måste lokalhyra för en konferens i projektet upphandlas? Hyra av konferenslokal för enstaka "
          "tillfällen räknas som en tjänst och ska följa beloppsgränserna i avsnitt 3. Kommunens egna "
          "lokaler ska användas i första hand."),
    ("p", "Får vi använda en leverantör som en partner i projektet har rekommenderat? Ja, men leverantören "
          "ska väljas på samma villkor som andra leverantörer, och rekommendationen får inte ersätta "
          "prisjämförelse eller offertförfrågan."),
    ("p", "Gäller reglerna även när en förening genomför en del av kommunens projekt? Om föreningen får betalt "
          "för att utföra en tjänst åt kommunen är det ett inköp som ska upphandlas. Om föreningen i stället "
          "är partner med egen budget följer den sina egna regler, som kan vara enklare än LOU."),
    ("h1", "12. Jäv och intressekonflikter"),
    ("p", "Den som deltar i en upphandling får inte ha personliga eller ekonomiska kopplingar till någon av "
          "leverantörerna. Den som är osäker ska anmäla det till sin chef innan arbetet med upphandlingen "
          "börjar."),
    ("p", "I EU-projekt ska alla som deltar i utvärderingen av anbud underteckna en jävsdeklaration. "
          "Deklarationen sparas tillsammans med övrig upphandlingsdokumentation."),
    ("h1", "13. Partner i andra länder"),
    ("p", "Utländska partner i ett projekt följer sitt eget lands upphandlingsregler. Kommunen ansvarar bara "
          "för sina egna inköp, men när kommunen är projektägare kan den behöva samla in partnernas "
          "upphandlingsdokumentation inför en revision."),
    ("h1", "14. Exempel"),
    ("p", "Exempel 1: Ett projekt behöver en konsult som ska kartlägga företagens behov av "
          "kompetensutveckling. Uppdraget beräknas till 450 000 kronor. Projektledaren skickar en skriftlig "
          "förfrågan till tre konsultföretag, jämför offerterna enligt de kriterier som angavs i förfrågan "
          "och dokumenterar valet."),
    ("p", "Exempel 2: Ett projekt köper tryckta broschyrer vid sex tillfällen för 40 000 kronor per gång. "
          "Eftersom inköpen är av samma slag räknas de samman till 240 000 kronor, och kommunens ramavtal "
          "för tryckeritjänster ska användas."),
    ("p", "Exempel 3: Ett projekt erbjuder tio företag fem konsulttimmar var utan kostnad. Om konsulten "
          "kostar 1 200 kronor per timme är stödet värt 6 000 kronor per företag. Stödet är ett de "
          "minimis-stöd och hanteras enligt avsnitt 9."),
    ("h1", "Bilaga: dokumentation av direktupphandling"),
    ("p", "Mallen nedan kan användas för att dokumentera en direktupphandling i ett EU-projekt. Den finns "
          "också som blankett i kommunens ärendehanteringssystem."),
    ("list", ["Projektets namn och projektnummer",
              "Beskrivning av vad som ska köpas och varför det behövs i projektet",
              "Beräknat värde exklusive moms och hur värdet har räknats fram",
              "Kontroll av om det finns ett ramavtal som ska användas",
              "Vilka leverantörer som har tillfrågats, hur och när",
              "Vilka kriterier som användes för att jämföra offerterna",
              "Vilken leverantör som valdes och motivering till valet",
              "Datum och underskrift av den som har fattat beslutet"]),
    ("p", "En ifylld mall tillsammans med offerterna och fakturan räcker normalt som underlag vid en "
          "granskning av ett inköp under 700 000 kronor."),
    ("h1", "15. Kontakt"),
    ("p", "Upphandlingsenheten: Sara Nyström, upphandlingschef, telefon 0322-61 64 05."),
    ("p", "Kommunjurist: Karin Fält, telefon 0322-61 61 82."),
]

# ---------------------------------------------------------------------------------------------
# 8. Protokoll vid officiella besök – Swedish, .docx
# ---------------------------------------------------------------------------------------------

PROTOKOLL = [
    ("title", "Riktlinjer för protokoll och värdskap vid officiella besök"),
    ("p", "Antagen av kommunstyrelsen 2024-09-10, § 142. Ansvarig för riktlinjerna är kommunkansliet."),
    ("h1", "Syfte och omfattning"),
    ("p", "Riktlinjerna ska hjälpa förtroendevalda och medarbetare att ta emot gäster på ett sätt som är "
          "gästfritt, korrekt och kostnadsmedvetet. De gäller när Alingsås kommun står som värd för ett "
          "officiellt besök."),
    ("p", "Med officiellt besök avses ett besök av en delegation från en annan stat, region eller kommun, "
          "från en ambassad eller en internationell organisation, eller från en vänort, där kommunen står som "
          "värd. Studiebesök som en enskild förvaltning tar emot inom sin ordinarie verksamhet omfattas inte, "
          "men riktlinjerna kan ge stöd även då."),
    ("h1", "Roller"),
    ("p", "Kommunstyrelsens ordförande är kommunens främsta politiska företrädare vid officiella besök. I "
          "kontakter med utländska gäster presenteras kommunstyrelsens ordförande på engelska som Mayor of "
          "Alingsås, eftersom titeln borgmästare inte används i svenska kommuner."),
    ("p", "Kommunfullmäktiges ordförande är kommunens högsta förtroendevalda till rangen och företräder "
          "kommunen vid ceremoniella tillfällen. På engelska används titeln President of the Municipal "
          "Council."),
    ("p", "Vem som är värd och vem som planerar beror på typen av besök:"),
    ("table", [["Typ av besök", "Värd", "Ansvarig för planeringen"],
               ["Statschef, minister eller ambassadör", "Kommunstyrelsens ordförande", "Kommunkansliet"],
               ["Delegation från vänort", "Kommunfullmäktiges ordförande", "Kultur- och fritidsförvaltningen"],
               ["Delegation inom ett EU-projekt", "Förvaltningschefen för berörd förvaltning",
                "Förvaltningen som äger projektet"],
               ["Företagsdelegation eller investerare", "Kommunstyrelsens ordförande eller kommundirektören",
                "Näringslivsenheten"]]),
    ("p", "Kommunkansliet har en protokollansvarig, Lena Hjort, som ger stöd i alla protokollfrågor och som "
          "ska kontaktas inför varje besök av statschef, minister eller ambassadör."),
    ("h1", "Planering av ett besök"),
    ("p", "Planeringen av ett officiellt besök följer dessa steg:"),
    ("olist", ["Anmäl besöket till kommunkansliet så snart det är känt och senast sex veckor före besöket.",
               "Utse en värd och en kontaktperson som gästerna kan vända sig till före och under besöket.",
               "Skicka en skriftlig inbjudan som är undertecknad av värden.",
               "Ta fram ett program och skicka det till gästerna senast två veckor före besöket.",
               "Boka lokal, tolk, måltider och transporter.",
               "Beställ flaggning och eventuell gåva.",
               "Följ upp besöket och skicka ett tackbrev till gästerna inom en vecka."]),
    ("p", "Programmet bör innehålla namn och titlar på alla som deltar från kommunen, så att gästerna kan "
          "förbereda sig. Skicka det på engelska om gästerna inte talar svenska."),
    ("h1", "Flaggor"),
    ("p", "Vid officiella besök från andra länder hissas gästlandets flagga tillsammans med den svenska "
          "flaggan vid Stadshuset."),
    ("p", "När flera nationsflaggor hissas sida vid sida placeras den svenska flaggan på hedersplatsen, som "
          "är längst till vänster sett från betraktaren. Övriga flaggor följer i bokstavsordning efter "
          "ländernas svenska namn. Vid ett udda antal flaggstänger kan den svenska flaggan i stället placeras "
          "i mitten."),
    ("p", "Flaggan hissas tidigast klockan 08.00, under perioden november–februari tidigast klockan 09.00, "
          "och halas vid solnedgången, dock senast klockan 21.00."),
    ("p", "Flaggning beställs hos fastighetsenheten senast fem arbetsdagar före besöket. Fastighetsenheten "
          "har flaggor för de länder där kommunen har vänorter; övriga flaggor köps in vid behov."),
    ("p", "EU-flaggan hissas vid Stadshuset på Europadagen den 9 maj och när kommunen tar emot besök inom "
          "ramen för ett EU-projekt."),
    ("p", "Bordsflaggor kan användas vid måltider och möten. De placeras med samma ordning som flaggorna "
          "utomhus."),
    ("h1", "Gåvor"),
    ("p", "Kommunens gåvor till gäster ska i första hand vara produkter från Alingsås, till exempel glas "
          "från ett lokalt glasbruk, kaffe och bakverk från stadens kaféer eller boken om Alingsås historia."),
    ("p", "Värdet av en gåva till en enskild gäst får inte överstiga 1 000 kronor. Till en delegation som "
          "helhet kan i stället en gemensam gåva på högst 2 500 kronor överlämnas."),
    ("p", "Gåvan överlämnas av värden, normalt i samband med lunch eller middag. Gåvor beställs via "
          "kommunkansliet, som har ett litet lager av gåvor."),
    ("p", "Gåvor som kommunens företrädare tar emot under ett officiellt besök tillhör kommunen. De ska "
          "lämnas till kommunkansliet, som registrerar dem i kommunens gåvoförteckning. Förtroendevalda och "
          "medarbetare får aldrig behålla gåvor som kan påverka, eller uppfattas påverka, hur de utför sina "
          "uppdrag."),
    ("p", "Tänk på kulturella skillnader. I vissa länder är det oartigt att öppna en gåva i givarens "
          "närvaro, och vissa gåvor, till exempel alkohol, klockor eller knivar, kan uppfattas som olämpliga."),
    ("h1", "Tal"),
    ("p", "Värden håller ett kort välkomsttal, normalt på engelska. Ett välkomsttal bör inte vara längre än "
          "fem minuter."),
    ("p", "Kommunikationsenheten skriver utkast till tal för kommunstyrelsens ordförande och "
          "kommunfullmäktiges ordförande. Underlag till talet ska lämnas till kommunikationsenheten senast tio "
          "arbetsdagar före besöket."),
    ("p", "Om tolk används tar talet ungefär dubbelt så lång tid. Korta då ner talet i stället för att "
          "förlänga programmet."),
    ("p", "Tal får inte innehålla löften om samarbete eller finansiering som inte har beslutats av behörigt "
          "organ."),
    ("h1", "Bordsplacering"),
    ("p", "Värden sitter i mitten av bordets långsida. Hedersgästen placeras till höger om värden, och den "
          "näst högst rankade gästen till vänster om värden."),
    ("p", "Vid större middagar används placeringskort. Gäster och värdar placeras varvat, så att varje gäst "
          "har en företrädare för kommunen bredvid sig."),
    ("p", "Tolkar sitter snett bakom den person de tolkar åt. Under måltiden får tolken en egen plats vid "
          "bordet när ingen tolkning pågår."),
    ("h1", "Måltider och representation"),
    ("p", "Kostnaden för extern representation får uppgå till högst 450 kronor per person exklusive moms för "
          "lunch och högst 900 kronor per person exklusive moms för middag."),
    ("p", "Alkohol serveras inte vid luncher. Vid middag kan vin serveras, men alkoholfria alternativ ska "
          "alltid finnas. Starksprit serveras inte på kommunens bekostnad."),
    ("p", "Kostnaderna för måltider, gåvor och flaggor belastar den förvaltning som är värd, om inget annat "
          "har överenskommits. Kommunkansliet står för kostnaderna vid besök av statschef, minister eller "
          "ambassadör."),
    ("p", "Fråga alltid gästerna i förväg om allergier, specialkost och religiösa eller kulturella "
          "hänsyn som rör maten."),
    ("h1", "Tolk och språk"),
    ("p", "Tolk beställs via kommunens avtalade tolkförmedling senast tre veckor före besöket. Ange språk, "
          "tid och om tolkningen gäller möten, måltider eller studiebesök."),
    ("p", "Namnskyltar och program skrivs på engelska, och vid behov även på gästernas språk."),
    ("h1", "Säkerhet"),
    ("p", "Vid besök av ministrar, ambassadörer och andra personer som kan ha personskydd ska kommunens "
          "säkerhetssamordnare kontaktas senast fyra veckor före besöket. Säkerhetssamordnaren har kontakt "
          "med Polismyndigheten och bedömer om särskilda åtgärder behövs."),
    ("h1", "Media och bilder"),
    ("p", "Kommunikationsenheten bedömer om besöket ska uppmärksammas i ett pressmeddelande eller på "
          "kommunens webbplats och sociala medier. Gästerna ska informeras i förväg om att kommunen "
          "fotograferar under besöket."),
    ("h1", "Besök av statschef eller medlem av kungahuset"),
    ("p", "Besök av en utländsk statschef eller av en medlem av det svenska kungahuset planeras alltid i "
          "samråd med Regeringskansliets protokoll respektive Hovmarskalksämbetet. Kommunkansliet är "
          "kommunens kontakt och ansvarar för att kommunens del av programmet följer deras anvisningar."),
    ("p", "Vid sådana besök tar kommunfullmäktiges ordförande och kommunstyrelsens ordförande emot "
          "tillsammans, och kommundirektören deltar."),
    ("h1", "Kommunens gästbok"),
    ("p", "Gäster vid officiella besök ombeds skriva i kommunens gästbok, som förvaras av kommunkansliet. "
          "Gästboken tas fram vid besök av statschef, minister, ambassadör och vänortsdelegationer, och "
          "värden ansvarar för att den finns på plats."),
    ("h1", "Tidsplan för ett besök"),
    ("p", "Tabellen sammanfattar de viktigaste tidsgränserna i riktlinjerna:"),
    ("table", [["Åtgärd", "Senast", "Ansvarig"],
               ["Anmäla besöket till kommunkansliet", "Sex veckor före besöket", "Värdförvaltningen"],
               ["Kontakta säkerhetssamordnaren vid personskydd", "Fyra veckor före besöket", "Kommunkansliet"],
               ["Beställa tolk", "Tre veckor före besöket", "Kontaktpersonen"],
               ["Skicka programmet till gästerna", "Två veckor före besöket", "Kontaktpersonen"],
               ["Lämna underlag till talet", "Tio arbetsdagar före besöket", "Kontaktpersonen"],
               ["Beställa flaggning", "Fem arbetsdagar före besöket", "Kontaktpersonen"],
               ["Skicka tackbrev", "En vecka efter besöket", "Kontaktpersonen"]]),
    ("h1", "Klädsel"),
    ("p", "Klädseln anpassas efter besökets karaktär. Vid besök av statschef, minister eller ambassadör bär "
          "kommunens företrädare kavaj, kostym eller motsvarande. Vid middagar anges klädkoden i inbjudan, "
          "vanligtvis mörk kostym."),
    ("h1", "Transporter"),
    ("p", "Gästerna hämtas vid Alingsås station eller vid Landvetter flygplats enligt överenskommelse. "
          "Kommunen använder i första hand kommunens egna bilar eller taxi enligt kommunens avtal. För större "
          "delegationer bokas buss."),
    ("h1", "Exempel på program"),
    ("p", "Ett typiskt program för ett endagsbesök kan se ut så här:"),
    ("list", ["09.30 Ankomst till Stadshuset, välkomst och fotografering",
              "09.45 Presentation av Alingsås kommun",
              "10.30 Studiebesök på en skola, ett äldreboende eller ett företag",
              "12.00 Lunch med värden",
              "13.30 Möte om samarbetsområden",
              "15.00 Promenad i Alingsås stadskärna och fika",
              "16.00 Avresa"]),
    ("h1", "Besök som inte är officiella"),
    ("p", "Studiebesök från utländska kommuner och organisationer som en förvaltning tar emot inom sin "
          "ordinarie verksamhet behöver inte anmälas till kommunkansliet. Förvaltningen ansvarar då själv "
          "för värdskapet och följer reglerna för representation."),
    ("p", "Om ett studiebesök ska omfatta möten med kommunledningen eller med förtroendevalda blir det ett "
          "officiellt besök och ska anmälas enligt dessa riktlinjer."),
    ("h1", "Kommunvapnet"),
    ("p", "Kommunvapnet används bara i officiella sammanhang, till exempel på gåvor, inbjudningar, "
          "tackbrev och diplom. I övrigt används kommunens logotyp enligt den grafiska profilen."),
    ("h1", "Vanliga frågor"),
    ("p", "Får en förvaltning ge gästerna en egen gåva utöver kommunens gåva? Nej, vid officiella besök "
          "överlämnas bara en gåva från kommunen, så att gästerna inte får flera gåvor med olika värde."),
    ("p", "Måste vi flagga när en vänortsdelegation kommer? Ja, vänortens nationsflagga hissas vid "
          "Stadshuset under besöket, precis som vid andra officiella besök från andra länder."),
    ("p", "Kan gästerna bjudas på middag i någons hem? Nej, officiell representation sker alltid i kommunens "
          "lokaler eller på restaurang, aldrig i privata hem."),
    ("p", "Vem skriver tackbrevet? Tackbrevet skrivs av kontaktpersonen och undertecknas av värden."),
    ("h1", "Att tänka på vid middagar"),
    ("p", "En officiell middag börjar normalt med att värden hälsar gästerna välkomna vid ingången. "
          "Värden håller sitt tal efter förrätten, och hedersgästen tackar för maten efter huvudrätten "
          "eller efterrätten, enligt svensk sed."),
    ("p", "Menyn ska vara anpassad efter gästernas önskemål om specialkost och ska helst innehålla "
          "råvaror från regionen. Meny och bordsplacering skickas till restaurangen senast två dagar före "
          "middagen."),
    ("p", "Kommunens företrädare bör komma till middagen en kvart före gästerna för att kunna ta emot dem."),
    ("h1", "Checklista"),
    ("list", ["Besöket anmält till kommunkansliet", "Värd och kontaktperson utsedda", "Inbjudan skickad",
              "Program skickat till gästerna", "Lokal, tolk, måltider och transporter bokade",
              "Flaggning och gåva beställda", "Säkerhetssamordnaren kontaktad vid behov",
              "Tackbrev skickat"]),
]

# ---------------------------------------------------------------------------------------------
# 9. Business Region Göteborg – English, .docx
# ---------------------------------------------------------------------------------------------

BRG = [
    ("title", "International business and investment promotion"),
    ("p", "How Alingsås Municipality works with Business Region Göteborg. Business Development Unit "
          "(Näringslivsenheten). Adopted by the Municipal Executive Board's working committee on "
          "15 October 2025."),
    ("h1", "Purpose"),
    ("p", "This document describes how Alingsås Municipality promotes international investment in the "
          "municipality and supports local companies that want to grow internationally. It sets out the "
          "division of work between the municipality, Business Region Göteborg and other actors, and the "
          "procedures staff must follow when an investment enquiry arrives."),
    ("h2", "Background"),
    ("p", "Alingsås has about 42,000 inhabitants and a diverse business community with around 4,000 "
          "companies, most of them small. The largest private employers are in manufacturing, trade and "
          "food production. Around half of the working population commutes to other municipalities, "
          "mainly to Gothenburg."),
    ("p", "International investment matters because foreign-owned companies often bring new technology, "
          "international networks and jobs that require higher education. At the same time, the "
          "municipality's capacity is limited, so we work through regional cooperation rather than on our "
          "own."),
    ("h1", "Who is Business Region Göteborg?"),
    ("p", "Business Region Göteborg (BRG) is the City of Gothenburg's company for business development. On "
          "behalf of the 13 municipalities in the Gothenburg Region, BRG also carries out regional tasks in "
          "investment promotion, international marketing and business development."),
    ("p", "Alingsås Municipality does not pay BRG directly. The regional tasks are financed through the "
          "membership fee that each municipality pays to the Gothenburg Region and through project funding."),
    ("p", "BRG works closely with Business Sweden, the national organisation for export and investment "
          "promotion. Business Sweden meets foreign companies abroad and passes on enquiries concerning West "
          "Sweden to BRG, which then involves the municipalities that have suitable land or premises."),
    ("h1", "Division of roles"),
    ("p", "The table shows who does what in international investment promotion:"),
    ("table", [["Task", "Business Region Göteborg", "Alingsås Municipality"],
               ["First contact with foreign investors", "Handles, together with Business Sweden",
                "Not involved"],
               ["Information on land and premises in Alingsås", "Requests it from the municipality",
                "Provides it within two working days"],
               ["Site visits in Alingsås", "Takes part", "Organises and hosts the visit"],
               ["Permits and planning questions", "Not involved",
                "Answers through the business liaison officer"],
               ["Trade fairs and regional marketing", "Coordinates the regional stand",
                "Contributes material and may send staff"],
               ["Aftercare of foreign-owned companies", "Supports", "Leads, through annual company visits"]]),
    ("h1", "Handling an investment enquiry"),
    ("p", "An investment enquiry is a request from a company, usually through BRG or Business Sweden, for "
          "information about establishing operations in the region. Enquiries are handled as follows:"),
    ("olist", ["BRG sends the enquiry to the municipality's investment contact, who is the business "
               "development manager.",
               "The business development manager confirms receipt the same day and decides which units "
               "must be involved.",
               "The planning department and the property unit provide information on available land, power "
               "capacity and planning status.",
               "The municipality sends a written reply in English to BRG within two working days.",
               "If the company wishes, a site visit is arranged within three weeks."]),
    ("p", "Investment enquiries are often covered by secrecy under chapter 31, section 16 of the Public "
          "Access to Information and Secrecy Act. Details of an enquiry may not be shared outside the group "
          "of staff working on it, and the name of the company may not be mentioned in public meetings."),
    ("p", "Every enquiry is logged in the business development unit's CRM system, even if the municipality "
          "decides not to reply with an offer."),
    ("h1", "What Alingsås offers investors"),
    ("p", "Alingsås lies on the Western Main Line between Gothenburg and Stockholm, with trains to central "
          "Gothenburg in about 30 minutes and direct access to the E20 motorway."),
    ("p", "The Bälinge business park has about 14 hectares of land zoned for industry and logistics that is "
          "available for sale. The municipality also keeps a list of vacant private premises, updated every "
          "month together with local property owners."),
    ("p", "Foreign companies that are considering an establishment in Alingsås can use the municipality's "
          "soft-landing offer: a desk at the Göta Hub coworking space, free of charge for up to three months, "
          "and introductions to local networks, banks and recruitment services."),
    ("h2", "Target sectors"),
    ("p", "The municipality's investment promotion focuses on four sectors:"),
    ("list", ["Food and food technology", "Life science and medical technology",
              "Green industry and circular economy", "Textile and design"]),
    ("h1", "Trade fairs and delegations"),
    ("p", "Each year BRG coordinates a West Sweden stand at the MIPIM property fair in Cannes and at Expo "
          "Real in Munich. Alingsås takes part in Expo Real every second year, and the next participation is "
          "in October 2026."),
    ("p", "The municipality's cost of sharing the regional stand at a fair is about SEK 85,000, excluding "
          "travel and accommodation for the municipality's own staff."),
    ("p", "Companies from Alingsås may join business delegations organised by BRG. The participation fee "
          "for a company is normally SEK 12,000, which covers the programme but not travel or hotels."),
    ("h1", "Support for local companies going international"),
    ("p", "Local companies that want to export or find international partners are referred to the "
          "organisations best placed to help them:"),
    ("list", ["Business Sweden, for export advice and market analyses, which are subject to a fee",
              "Enterprise Europe Network, whose West Sweden office is hosted by Almi Väst and which helps "
              "companies find partners abroad free of charge",
              "Region Västra Götaland's internationalisation voucher, which covers 50 per cent of the cost of "
              "external consultants, up to SEK 100,000 per company",
              "BRG's export programmes for small and medium-sized companies"]),
    ("p", "The municipality itself does not give grants or loans to companies. Any support the municipality "
          "gives in kind, such as free advice, must comply with the state aid rules."),
    ("h1", "Aftercare"),
    ("p", "There are about 40 foreign-owned workplaces in Alingsås. The business development unit visits each "
          "foreign-owned company at least once a year to follow up on its needs and plans."),
    ("p", "Aftercare is important because most new investments in a municipality come from companies "
          "that are already established there and decide to expand."),
    ("h1", "Marketing material"),
    ("p", "The business development unit keeps an investor presentation of Alingsås in English and German. "
          "It is updated every spring, together with a fact sheet with key figures on population, "
          "commuting, education and available land."),
    ("p", "Material used in the regional marketing, for example texts and pictures for BRG's website and "
          "fair stands, is approved by the communications unit before it is sent to BRG."),
    ("h1", "Personal data in the CRM system"),
    ("p", "The CRM system contains contact details of representatives of companies and investors. The "
          "details are kept for as long as there is an active dialogue and are deleted after three years "
          "without contact."),
    ("h1", "Annual cycle"),
    ("list", ["January–February: report on last year's results to the working committee",
              "March: MIPIM in Cannes, with material from Alingsås on the West Sweden stand",
              "April–May: update of the investor presentation and fact sheet",
              "October: Expo Real in Munich, every second year with staff from Alingsås",
              "November: planning meeting with BRG for the coming year"]),
    ("h1", "Example: from enquiry to establishment"),
    ("p", "In March 2025, BRG forwarded an enquiry from a Danish food logistics company looking for about "
          "25,000 square metres of land with good rail and road connections. The business development "
          "manager involved the planning department and the property unit the same day, and a written reply "
          "with two possible sites was sent to BRG the following day."),
    ("p", "Three weeks later, the company visited Alingsås together with BRG. After further talks with the "
          "municipality, the company decided to build a warehouse in the Bälinge business park, with about "
          "40 employees when it is fully operational."),
    ("h1", "Frequently asked questions"),
    ("p", "Can a department contact a foreign investor directly? No. All contacts with investors in an "
          "ongoing enquiry go through the business development manager, so that the company meets one "
          "coordinated municipality."),
    ("p", "Can the municipality offer a reduced land price to attract an investor? No. Land is sold at market "
          "value, based on an independent valuation, since a reduced price could be unlawful state aid."),
    ("p", "Can local companies exhibit on the West Sweden stand at MIPIM or Expo Real? Property developers "
          "and companies with an investment project in Alingsås can take part, by agreement with BRG, and pay "
          "their own share of the costs."),
    ("h1", "Results"),
    ("p", "In 2025, BRG forwarded 11 investment enquiries concerning Alingsås. Two of them led to site "
          "visits, and one company decided to establish a warehouse in the Bälinge business park."),
    ("p", "The working committee receives a report on investment promotion every year in February."),
    ("h1", "Contacts"),
    ("p", "Business development manager and investment contact: Peter Alm, phone +46 322 61 65 10."),
    ("p", "Business liaison officer (företagslots): Emma Dahl, who is the single point of contact for "
          "companies with questions about permits, planning and municipal services."),
    ("p", "BRG's account manager for Alingsås and the other municipalities in the north-east of the "
          "region: Nadia Berglund, Business Region Göteborg."),
]

# ---------------------------------------------------------------------------------------------
# 11. Tjänsteresor utomlands – Swedish, .pdf
# ---------------------------------------------------------------------------------------------

RESOR = [
    ("title", "Rutiner för tjänsteresor utomlands"),
    ("p", "Gäller för anställda och förtroendevalda i Alingsås kommun. Fastställd av HR-chefen 2025-12-01. "
          "Rutinen kompletterar kommunens resepolicy och de centrala kollektivavtalen."),
    ("h1", "1. Inledning"),
    ("p", "Internationella kontakter, studiebesök och EU-projekt gör att allt fler medarbetare reser "
          "utomlands i tjänsten. Rutinen beskriver vad du ska göra före, under och efter en tjänsteresa "
          "utomlands: beslut, bokning, försäkring, vaccinationer, säkerhet och ekonomi."),
    ("h1", "2. Beslut om resa"),
    ("p", "En tjänsteresa utomlands ska alltid godkännas i förväg av närmaste chef. Resor utanför Europa ska "
          "dessutom godkännas av förvaltningschefen."),
    ("p", "För förtroendevalda beslutar respektive nämnds presidium om resor utomlands. Resor för "
          "kommunstyrelsens ledamöter beslutas av kommunstyrelsens arbetsutskott."),
    ("p", "Resor till länder eller områden dit Utrikesdepartementet avråder från resor får inte genomföras "
          "utan beslut av kommundirektören efter samråd med säkerhetssamordnaren."),
    ("h1", "3. Bokning"),
    ("p", "Alla resor bokas via kommunens upphandlade resebyrå, Travelpartner Väst, antingen i "
          "bokningsverktyget på intranätet eller per telefon. Bokning per telefon kostar 175 kronor extra per "
          "bokning, medan bokning i webbverktyget inte kostar något extra."),
    ("p", "Tåg ska väljas framför flyg när restiden med tåg är högst fem timmar. Flyg bokas i ekonomiklass. "
          "Business class får bara bokas om förvaltningschefen har godkänt det av medicinska skäl."),
    ("p", "Hotell bokas via resebyrån. Kostnaden bör inte överstiga 1 800 kronor per natt, om det inte finns "
          "särskilda skäl, till exempel att en konferens bara har avtal med ett dyrare hotell."),
    ("p", "Resor som betalas av ett EU-projekt bokas på samma sätt, men projektnumret ska anges vid "
          "bokningen så att kostnaden hamnar på projektet."),
    ("h1", "4. Försäkring"),
    ("p", "Alingsås kommun har en tjänstereseförsäkring hos Kammarkollegiet. Den gäller för anställda och "
          "förtroendevalda under tjänsteresor i hela världen och omfattar bland annat sjukvårdskostnader, "
          "hemtransport, förlorat eller försenat bagage och ansvar."),
    ("p", "Försäkringen gäller även för praktikanter som reser på kommunens uppdrag, om de har anmälts till "
          "HR-avdelningen före resan."),
    ("p", "Privata dagar som läggs till i anslutning till en tjänsteresa omfattas inte av "
          "tjänstereseförsäkringen. Den som förlänger resan privat behöver en egen reseförsäkring för den "
          "delen."),
    ("p", "Ett försäkringsbevis på engelska finns att ladda ner på intranätet. Det behövs till exempel vid "
          "visumansökan och ibland vid inresa."),
    ("p", "Vid akut sjukdom eller olycka utomlands kontaktas Kammarkollegiets larmcentral SOS International, "
          "som är öppen dygnet runt, på telefon +45 70 10 50 50."),
    ("p", "Vid resor inom EU, EES och Schweiz ska du också ta med det europeiska sjukförsäkringskortet, "
          "EU-kortet, som beställs kostnadsfritt från Försäkringskassan."),
    ("p", "Skador anmäls till Kammarkollegiet via deras e-tjänst så snart som möjligt efter hemkomsten. Spara "
          "alla kvitton och läkarintyg."),
    ("h1", "5. Vaccinationer och hälsa"),
    ("p", "Vaccinationer och malariaprofylax som behövs för tjänsteresan betalas av arbetsgivaren. "
          "Vaccinationerna ges via kommunens företagshälsovård."),
    ("p", "Boka tid hos företagshälsovården minst sex veckor före avresan, eftersom vissa vaccinationer ges i "
          "flera doser med flera veckors mellanrum."),
    ("p", "Kostnaden för vaccinationer belastar den förvaltning som har beslutat om resan, eller projektet om "
          "resan är projektfinansierad."),
    ("p", "Medarbetare med kronisk sjukdom bör rådgöra med sin läkare före resan och ta med mediciner i "
          "handbagaget, tillsammans med ett intyg på engelska."),
    ("pagebreak", None),
    ("h1", "6. Säkerhet"),
    ("p", "Kontrollera alltid Utrikesdepartementets reseinformation för det land du ska resa till, både när "
          "resan planeras och dagen före avresan."),
    ("p", "Alla som reser utanför Norden i tjänsten ska registrera sig i UD:s app UD Resklar, så att "
          "ambassaden kan nå dem vid en kris."),
    ("p", "Lämna en reseplan med flygtider, hotell och kontaktuppgifter till närmaste chef före avresan."),
    ("p", "Ta bara med den utrustning som behövs. Till länder som säkerhetssamordnaren har klassat som "
          "högriskländer får kommunens ordinarie dator och mobiltelefon inte tas med. Lånedator och "
          "lånetelefon kan hämtas hos IT-avdelningens servicedesk."),
    ("p", "Använd alltid kommunens VPN när du loggar in i kommunens system från utlandet och undvik öppna "
          "trådlösa nätverk på hotell, flygplatser och kaféer."),
    ("p", "Vid en allvarlig händelse kontaktar du i första hand lokal räddningstjänst eller polis, inom EU på "
          "nummer 112, och därefter din närmaste chef. Utanför kontorstid nås kommunens tjänsteperson i "
          "beredskap dygnet runt på telefon 0322-61 69 99."),
    ("p", "Säkerhetssamordnaren, Tomas Öberg, ger råd inför resor till länder med förhöjd risk och kan nås "
          "på telefon 0322-61 66 20."),
    ("h1", "7. Pass och visum"),
    ("p", "I många länder ska passet vara giltigt i minst sex månader efter hemresan. Kontrollera "
          "giltighetstiden i god tid, eftersom det kan ta flera veckor att få ett nytt pass."),
    ("p", "Kommunen betalar visumavgifter för tjänsteresor, men inte kostnaden för att förnya ett pass."),
    ("p", "Nationellt id-kort räcker för resor inom EU, men pass rekommenderas eftersom det underlättar om "
          "något händer."),
    ("h1", "8. Traktamente och utlägg"),
    ("p", "Traktamente och ersättning för utlägg betalas enligt kommunens reseavtal och Skatteverkets regler "
          "för utlandstraktamente. Aktuella belopp per land finns på Skatteverkets webbplats."),
    ("p", "Måltider som ingår i konferensavgiften eller som bjuds av värden ska dras av från traktamentet."),
    ("p", "Reseräkningen lämnas i kommunens personalsystem senast en månad efter hemkomsten, med kvitton "
          "bifogade."),
    ("p", "För resor som varar längre än fem dagar kan chefen bevilja förskott på resekostnaderna."),
    ("h1", "9. Arbetstid och sjukdom under resan"),
    ("p", "Restid utanför ordinarie arbetstid är inte arbetstid, men kan ge rätt till restidsersättning "
          "enligt kollektivavtalet. Chefer och medarbetare med förtroendearbetstid får inte "
          "restidsersättning."),
    ("p", "Om du blir sjuk under en tjänsteresa ska du meddela din chef samma dag, precis som vid sjukdom "
          "hemma. Behöver du vård kontaktar du SOS International, som hjälper till att hitta en lämplig "
          "vårdinrättning och står för betalningen direkt till sjukhuset."),
    ("h1", "10. Resor som betalas av EU-projekt"),
    ("p", "Många EU-program har egna regler för resor som kan vara strängare än kommunens. Spara "
          "boardingkort, deltagarlistor och program, eftersom projektet kan behöva visa att resan faktiskt "
          "har genomförts."),
    ("p", "I program som betalar resor med schablonbelopp, till exempel Erasmus+, får projektet ett fast "
          "belopp per resenär oavsett vad resan kostar. Kostnader över schablonen belastar förvaltningen."),
    ("h2", "Tjänsteresa i kombination med semester"),
    ("p", "Det är tillåtet att lägga till semesterdagar före eller efter en tjänsteresa, om chefen har "
          "godkänt det och om resan inte blir dyrare för kommunen. Om hemresan flyttas till ett senare datum "
          "betalar den resande själv en eventuell prisskillnad."),
    ("p", "Under semesterdagarna gäller inte tjänstereseförsäkringen, och inget traktamente betalas ut för "
          "dem."),
    ("h2", "Förtroendevalda"),
    ("p", "För förtroendevalda gäller samma regler för bokning, försäkring och säkerhet som för anställda. "
          "Arvode och ersättning för förlorad arbetsinkomst under resan betalas enligt kommunens "
          "arvodesreglemente. Reseräkningen för förtroendevalda lämnas till nämndsekreteraren."),
    ("h2", "Arbetsmiljö och ensamresor"),
    ("p", "Chefen ansvarar för arbetsmiljön även under tjänsteresor. Den som reser ensam till ett land "
          "utanför Europa ska ha en överenskommelse med sin chef om hur och när de håller kontakt under "
          "resan."),
    ("p", "Långa resdagar ska planeras så att den resande får tillräcklig vila. Efter en nattresa med flyg "
          "bör den resande inte köra bil samma dag."),
    ("p", "Medarbetare som av hälsoskäl, religiösa skäl eller på grund av sin familjesituation inte kan "
          "genomföra en viss resa ska inte behöva förklara skälen i detalj. Chefen och medarbetaren kommer "
          "då överens om en annan lösning, till exempel att någon annan reser eller att mötet hålls digitalt."),
    ("h1", "11. Klimat"),
    ("p", "Flygresor ska motiveras i reseansökan när tåg är ett rimligt alternativ. Kommunen "
          "klimatkompenserar inte för flygresor, men flygresornas utsläpp redovisas i kommunens årliga "
          "miljöbokslut."),
    ("h1", "Frågor och svar"),
    ("p", "Kan jag boka resan själv på nätet och få kostnaden ersatt? Nej. Resor ska bokas via "
          "Travelpartner Väst, även om du hittar ett billigare pris på egen hand. Undantag kan göras för "
          "lokala transporter på resmålet, till exempel tåg eller buss från flygplatsen."),
    ("p", "Får jag ta med kommunens dator till en konferens i Tyskland? Ja. Förbudet mot att ta med "
          "ordinarie utrustning gäller bara länder som säkerhetssamordnaren har klassat som högriskländer."),
    ("p", "Vem betalar om resan ställs in? Om en resa ställs in av skäl som kommunen inte kan påverka, till "
          "exempel strejk eller sjukdom, står förvaltningen för kostnaden. Avbeställningsskydd köps normalt "
          "inte, eftersom de flesta biljetter via resebyrån kan ombokas."),
    ("p", "Behöver jag visum till Storbritannien? Svenska medborgare behöver inte visum men måste sedan 2025 "
          "ha ett elektroniskt inresetillstånd (ETA) före resan. Kostnaden för ETA betalas av kommunen på "
          "samma sätt som visumavgifter."),
    ("h1", "12. Checklista före resan"),
    ("list", ["Resan är godkänd av närmaste chef, och vid behov av förvaltningschefen",
              "Resan är bokad via Travelpartner Väst",
              "Pass, visum och försäkringsbevis är kontrollerade",
              "EU-kortet är med vid resor inom EU",
              "Vaccinationer är gjorda",
              "Registrering i UD Resklar är gjord",
              "Reseplan är lämnad till närmaste chef"]),
    ("h1", "13. Kontakt"),
    ("p", "Frågor om rutinen besvaras av HR-avdelningen. Frågor om säkerhet besvaras av "
          "säkerhetssamordnaren. Travelpartner Väst nås på bokningstelefon 031-700 45 45, vardagar "
          "klockan 08–17."),
]


# ---------------------------------------------------------------------------------------------
# Årsrapport 2025 – Swedish, .docx (related document: figures that are near-misses to the guides)
# ---------------------------------------------------------------------------------------------

ARSRAPPORT = [
    ("title", "Internationellt arbete i Alingsås kommun – årsrapport 2025"),
    ("p", "Rapporten redovisas för kommunstyrelsen i mars 2026. Den bygger på uppgifter från förvaltningarna "
          "och är sammanställd av den internationella samordnaren på kommunledningskontoret."),
    ("h1", "Sammanfattning"),
    ("p", "Under 2025 deltog Alingsås kommun i elva projekt med extern internationell finansiering, jämfört "
          "med åtta under 2024. Det samlade externa stödet till kommunen under året uppgick till "
          "9,4 miljoner kronor."),
    ("p", "Året präglades av att programperioden 2021–2027 nu är i full gång. Flera förvaltningar har "
          "byggt upp egen erfarenhet av EU-projekt, och antalet förfrågningar till den internationella "
          "samordnaren ökade med ungefär en tredjedel jämfört med föregående år."),
    ("h1", "Projekt med extern finansiering"),
    ("p", "Tabellen visar de största projekten under 2025:"),
    ("table", [["Projekt", "Program", "Förvaltning", "Kommunens roll", "Stöd till kommunen"],
               ["CIRCULAR-TOWNS", "Horisont Europa", "Kommunledningskontoret", "Partner",
                "312 500 euro för hela projekttiden"],
               ["HEAT-SHIFT", "Horisont Europa", "Fastighetsenheten", "Associerad partner", "Inget stöd"],
               ["Grön omställning i Sjuhärad och Göteborgsregionen", "Regionalfonden", "Näringslivsenheten",
                "Partner", "1,1 miljoner kronor"],
               ["Erasmus-ackreditering för skolan", "Erasmus+", "Barn- och ungdomsförvaltningen",
                "Ackrediterad organisation", "2,3 miljoner kronor"],
               ["Yrkesutbyte i Europa", "Erasmus+", "Alströmergymnasiet", "Projektägare", "1,6 miljoner kronor"],
               ["Volontärer i Alingsås", "Europeiska solidaritetskåren", "Kultur- och fritidsförvaltningen",
                "Värdorganisation", "0,9 miljoner kronor"],
               ["Textile Futures", "Kreativa Europa", "Kulturenheten och Alingsås museum", "Partner",
                "48 000 euro för hela projekttiden"],
               ["Vandringsleder runt Anten", "Leader", "Kultur- och fritidsförvaltningen", "Projektägare",
                "0,6 miljoner kronor"]]),
    ("p", "Utöver projekten i tabellen deltog kommunen i tre mindre projekt, bland annat ett "
          "Nordplus-utbyte mellan Kulturskolan och en musikskola i Estland."),
    ("h1", "Utbyten för elever och personal"),
    ("p", "Under 2025 reste 64 elever och 21 medarbetare från kommunens skolor utomlands inom Erasmus+. "
          "27 av eleverna gick på Alströmergymnasiets yrkesprogram och gjorde arbetsplatsförlagt lärande "
          "utomlands, främst i Spanien och Irland."),
    ("p", "Kommunens skolor tog samtidigt emot 38 elever och 12 lärare från partnerskolor i andra länder. "
          "Elva eTwinning-projekt pågick under läsåret."),
    ("h1", "Volontärer"),
    ("p", "Kommunen tog emot fyra volontärer från Europeiska solidaritetskåren under läsåret 2024/25. "
          "Volontärerna kom från Italien, Frankrike, Österrike och Portugal och arbetade på Stadsbiblioteket, "
          "på Arena Noltorp och på Kulturskolan."),
    ("p", "Utvärderingen visar att värdenheterna är mycket nöjda, men att det har varit svårt att hitta "
          "bostäder till volontärerna. Kultur- och fritidsförvaltningen hyr därför sedan hösten 2025 två "
          "lägenheter i andra hand för ändamålet."),
    ("h1", "Officiella besök"),
    ("p", "Kommunen tog emot 14 officiella besök under 2025. Tre av dem kom från vänorter, två från "
          "ambassader och resten från regioner och kommuner som samarbetar med Alingsås i EU-projekt."),
    ("p", "Det största besöket var en delegation på 22 personer från en region i Polen, som under två dagar "
          "besökte skolor, äldreomsorg och företag."),
    ("h1", "Tjänsteresor"),
    ("p", "Medarbetare och förtroendevalda gjorde 96 tjänsteresor utomlands under året, varav 38 helt med "
          "tåg. Andelen tågresor har ökat från 29 procent 2024 till 40 procent 2025."),
    ("h1", "Ekonomi"),
    ("p", "Kommunstyrelsens centrala medel för internationellt arbete uppgick till 1,4 miljoner kronor 2025. "
          "Av dem gick 210 000 kronor till medlemsavgiften i West Sweden och resten till samordnarens tjänst, "
          "utbildning och nätverksarbete."),
    ("p", "Kommunens egen medfinansiering i projekten, i form av kontanta medel och arbetstid, uppgick till "
          "sammanlagt 4,7 miljoner kronor."),
    ("h1", "Nätverk och samarbeten"),
    ("p", "Kommunen deltog under året i Göteborgsregionens internationella nätverk, som träffas fyra gånger "
          "per år, och i West Swedens arbetsgrupper för klimat och för kompetensförsörjning."),
    ("p", "Samarbetet med Business Region Göteborg om investeringsfrämjande ledde till att ett danskt "
          "logistikföretag beslutade att etablera sig i Bälinge verksamhetsområde."),
    ("p", "Leaderområdet Sjö och Skog beviljade under året sju projekt i Alingsås kommun, varav fyra drevs "
          "av föreningar."),
    ("h1", "Kommunikation"),
    ("p", "Europadagen firades på Stora torget den 9 maj med omkring 600 besökare. Kommunens EU-projekt "
          "presenterades också i åtta artiklar på kommunens webbplats och i ett avsnitt av kommunens podd."),
    ("h1", "Utmaningar"),
    ("list", ["Det är svårt att frigöra personal från ordinarie verksamhet för att arbeta i projekt.",
              "Projekt med stöd i euro påverkas av valutakursen, vilket gör budgeten osäker.",
              "Små förvaltningar saknar ekonomistöd för den detaljerade redovisning som EU-projekt kräver.",
              "Resultaten från avslutade projekt tas inte alltid om hand i den ordinarie verksamheten."]),
    ("h1", "Prioriteringar 2026"),
    ("p", "Den internationella samordnaren föreslår följande prioriteringar för 2026:"),
    ("list", ["Fler ansökningar till Regionalfonden inom klimatomställning, i samarbete med andra kommuner i "
              "Göteborgsregionen.",
              "En gemensam plan för hur resultat från avslutade projekt ska tas om hand.",
              "Utbildning i EU-ansökningar för chefer och projektledare genom EU-ansökningsskolan.",
              "Ett bättre stöd till skolorna inför nästa ansökan inom Erasmus-ackrediteringen."]),
    ("h1", "Förslag till beslut"),
    ("p", "Kommunstyrelsen föreslås lägga årsrapporten om det internationella arbetet 2025 till "
          "handlingarna."),
]

# ---------------------------------------------------------------------------------------------
# Erasmus+-utbyten i skolan – Swedish, .pdf (related to topic 4, eTwinning and school partnerships)
# ---------------------------------------------------------------------------------------------

ERASMUS_SKOLA = [
    ("title", "Riktlinjer för Erasmus+-utbyten i skolan"),
    ("p", "Barn- och ungdomsförvaltningen, Alingsås kommun. Beslutade av förvaltningschefen 2025-08-18. "
          "Riktlinjerna gäller för alla utbyten för elever och personal som finansieras genom kommunens "
          "Erasmus-ackreditering eller genom skolornas egna Erasmus+-projekt."),
    ("h1", "1. Bakgrund"),
    ("p", "Alingsås kommun är sedan 2021 ackrediterad inom Erasmus+ för skolområdet. Ackrediteringen gör att "
          "kommunen varje år kan söka medel för utbyten utan att skriva en fullständig projektansökan. "
          "Medlen fördelas sedan mellan skolorna utifrån de önskemål de har lämnat och kommunens "
          "Erasmusplan."),
    ("p", "Kommunens Erasmusplan för 2021–2027 har tre mål: att fler elever ska få erfarenhet av studier "
          "eller praktik i ett annat land, att lärare ska utveckla sin undervisning genom att se hur kollegor "
          "i andra länder arbetar, och att skolornas arbete med språk och interkulturell förståelse ska "
          "stärkas."),
    ("h1", "2. Typer av utbyten"),
    ("p", "Följande typer av utbyten kan finansieras:"),
    ("list", ["Gruppresor för elever tillsammans med lärare, 2–30 dagar",
              "Individuella utbyten för gymnasieelever, 10–29 dagar (kortare) eller 30–365 dagar (längre)",
              "Arbetsplatsförlagt lärande utomlands för elever på gymnasiets yrkesprogram",
              "Jobbskuggning för lärare och annan personal, 2–60 dagar",
              "Kurser och utbildningar för personal",
              "Undervisningsuppdrag vid en partnerskola"]),
    ("p", "Kommunen tar också emot elever och lärare från partnerskolor. Kostnaderna för besökarna betalas då "
          "av den skola eller organisation som skickar dem."),
    ("h1", "3. Planering och ansökan"),
    ("p", "Skolornas önskemål om utbyten för nästa projektår lämnas till barn- och ungdomsförvaltningens "
          "internationella samordnare senast den 15 januari. Önskemålet ska innehålla syfte, antal "
          "deltagare, land och ungefärlig tidpunkt."),
    ("p", "Samordnaren sammanställer skolornas önskemål och lämnar kommunens ansökan till UHR. När beslutet "
          "från UHR har kommit fördelar samordnaren medlen mellan skolorna, normalt i juni."),
    ("p", "Rektorn beslutar vilka elever och vilken personal som deltar i skolans utbyten. För personal "
          "krävs också att utbytet finns med i medarbetarens plan för kompetensutveckling."),
    ("h1", "4. Urval av elever"),
    ("p", "Urvalet av elever ska vara öppet och rättvist. Skolan ska i förväg informera om hur urvalet går "
          "till och vilka kriterier som används. Motivation och vad eleven kan lära sig av utbytet ska väga "
          "tyngre än betyg."),
    ("p", "Elever med särskilda behov eller med sämre ekonomiska förutsättningar ska aktivt uppmuntras att "
          "delta. Erasmus+ ger extra stöd för deltagare med särskilda behov, och samordnaren hjälper skolan "
          "att söka det."),
    ("h1", "5. Ledare och säkerhet"),
    ("p", "Vid gruppresor med gymnasieelever ska det finnas minst en vuxen ledare per sex elever. Vid "
          "gruppresor med grundskoleelever ska det finnas minst en vuxen ledare per fyra elever. Det ska "
          "alltid finnas minst två vuxna ledare, oavsett gruppens storlek."),
    ("p", "Utbyten med övernattning erbjuds från och med årskurs 7. För yngre elever kan skolan i stället "
          "arbeta med eTwinning eller ta emot besök."),
    ("p", "Vårdnadshavare till elever under 18 år ska lämna skriftligt samtycke till resan. Samtycket ska "
          "också omfatta hur skolan får kontakta vårdnadshavarna under resan."),
    ("p", "Innan avresa ska skolan ha en aktuell deltagarlista med kontaktuppgifter till vårdnadshavare, "
          "kopior av pass eller id-kort och uppgifter om allergier och mediciner. Listan lämnas till rektorn "
          "och medföljer ledarna på resan."),
    ("p", "När kommunens skolor tar emot elever som bor i värdfamiljer ska alla vuxna i värdfamiljen visa "
          "utdrag ur belastningsregistret."),
    ("h1", "6. Försäkring"),
    ("p", "Elever som reser inom Erasmus+ är försäkrade genom kommunens elevförsäkring, som gäller dygnet "
          "runt under hela resan. Personal är försäkrad genom kommunens tjänstereseförsäkring hos "
          "Kammarkollegiet."),
    ("p", "Vid resor inom EU ska alla deltagare ha med sig det europeiska sjukförsäkringskortet."),
    ("h1", "7. Ekonomi"),
    ("p", "Erasmus+ finansierar utbyten med schablonbelopp. Skolan får ett resebidrag som beror på avståndet "
          "till resmålet och ett bidrag per deltagare och dag för uppehälle."),
    ("p", "Den som reser med tåg, buss eller samåkning i stället för flyg får ett högre resebidrag och kan få "
          "upp till fyra extra resdagar betalda."),
    ("p", "För kurser betalar Erasmus+ en kursavgift på 80 euro per dag, under högst tio dagar per "
          "deltagare. Kurser som är dyrare än så bekostas till resten av skolan."),
    ("p", "Elever och vårdnadshavare betalar ingenting för resa, boende eller aktiviteter under ett "
          "Erasmus+-utbyte. Fickpengar står eleven själv för."),
    ("p", "Kostnader som inte täcks av schablonbeloppen belastar skolans budget. Rektorn ska godkänna "
          "budgeten för utbytet innan resan bokas."),
    ("pagebreak", None),
    ("h1", "8. Personalens arbetstid"),
    ("p", "Tid på plats under ett utbyte räknas som arbetstid. Lärare som följer med elever på resa med "
          "övernattning får ersättning enligt kommunens lokala avtal om lägerverksamhet."),
    ("p", "Vikarier för lärare som deltar i jobbskuggning eller kurser bekostas av skolan. Erasmus+ ersätter "
          "inte kostnader för vikarier."),
    ("h1", "9. Efter utbytet"),
    ("p", "Varje deltagare fyller i EU:s deltagarrapport, som skickas ut automatiskt efter utbytet. "
          "Rapporten ska vara ifylld inom 30 dagar."),
    ("p", "Skolan lämnar en kort reserapport till barn- och ungdomsförvaltningens internationella samordnare "
          "inom två veckor efter hemkomsten. Rapporten beskriver vad deltagarna har lärt sig och hur "
          "erfarenheterna ska användas i skolan."),
    ("p", "Erfarenheterna ska spridas på skolan, till exempel på en arbetsplatsträff eller under "
          "Internationella veckan på Alströmergymnasiet."),
    ("h1", "Vanliga frågor"),
    ("p", "Kan en elev som inte har pass delta? Ja, för resor inom EU räcker ett nationellt id-kort. Skolan "
          "ska i god tid kontrollera att alla elever har giltiga resehandlingar, eftersom det kan ta flera "
          "veckor att få ett id-kort."),
    ("p", "Kan syskon eller vårdnadshavare följa med på resan? Nej. Bara de elever och ledare som har valts ut "
          "deltar, och ledarna ska vara anställda i kommunen."),
    ("p", "Vad händer om en elev bryter mot reglerna under resan? Ledarna kontaktar rektorn och "
          "vårdnadshavarna. Vid allvarliga regelbrott kan eleven skickas hem, och vårdnadshavarna kan då få "
          "betala hemresan."),
    ("p", "Får lärare ta med egen familj på en jobbskuggning? Familjemedlemmar kan följa med på egen "
          "bekostnad, men deltar inte i programmet och omfattas inte av kommunens försäkringar."),
    ("h1", "10. Kontakt"),
    ("p", "Barn- och ungdomsförvaltningens internationella samordnare: Eva Bergström, telefon "
          "0322-61 71 05."),
]

# ---------------------------------------------------------------------------------------------
# Project management handbook – English, .docx (related to topics 1, 3 and 12)
# ---------------------------------------------------------------------------------------------

HANDBOOK = [
    ("title", "Managing an EU-funded project – handbook for project managers"),
    ("p", "Alingsås Municipality, Municipal Executive Office. This handbook is for project managers and "
          "project economists in projects that have been granted EU funding. It describes how we work in the "
          "municipality from the funding decision until the project is closed. The rules of each programme "
          "always take precedence; read them together with this handbook."),
    ("h1", "After the funding decision"),
    ("p", "Congratulations – the application has been approved. The first weeks set the tone for the whole "
          "project, so do not wait until the official start date to get organised."),
    ("p", "Hold an internal kick-off within one month of the funding decision. Invite the project owner, "
          "the project economist, the EU economist, the communications unit and, if new staff are to be "
          "recruited, HR. Go through the decision or Grant Agreement, the budget, the reporting dates and "
          "the communication requirements."),
    ("p", "If the project has partners, a partner kick-off meeting should be held within three months of "
          "the project's start date. The lead partner invites, sets the agenda and writes the minutes."),
    ("p", "Ask the Finance Department to set up the project number before any costs are booked."),
    ("h1", "Roles"),
    ("list", ["Project owner: the head of the department that owns the project, who is responsible for the "
              "project towards the funder and chairs the steering group",
              "Project manager: leads the daily work, reports to the steering group and is the funder's "
              "main contact",
              "Project economist: keeps the project accounts and prepares the payment claims",
              "EU economist: reviews payment claims before they are sent and advises on the rules",
              "International coordinator: supports with partner contacts, networks and lessons learned"]),
    ("p", "For larger projects involving several departments, the municipality's management network acts "
          "as a reference group."),
    ("h1", "Steering group"),
    ("p", "Every project has a steering group that meets at least twice a year. The steering group follows "
          "up progress, budget and risks, and takes decisions on changes within the limits of the funding "
          "decision."),
    ("p", "The project manager sends the documents to the steering group at least one week before each "
          "meeting. The minutes are filed in the project's folder in the case management system."),
    ("h1", "Project plan and risk register"),
    ("p", "Turn the application into a practical project plan with activities, responsible persons and "
          "dates. The plan is a working tool and may change, but changes that affect the objectives, the "
          "budget or the partnership must be approved by the funder first."),
    ("p", "Keep a risk register where each risk is given a likelihood, an impact and a response. The risk "
          "register is reviewed at every steering group meeting. Typical risks in our projects are staff "
          "turnover, delayed procurement, partners who do not deliver and exchange rate changes."),
    ("h1", "Financial follow-up"),
    ("p", "The project manager and the project economist review the project accounts every month. Check "
          "that all costs are booked on the right project number and cost category, and that time reports "
          "are in place."),
    ("p", "Deviations of more than 10 per cent from the budget of a cost category must be reported to the "
          "steering group, together with a proposal for how to handle them."),
    ("p", "Payment claims are prepared by the project economist and reviewed by the EU economist at least "
          "five working days before they are sent to the funder."),
    ("h1", "Working with partners"),
    ("p", "When the municipality is the lead partner, a partnership agreement must be signed with all "
          "partners before the first payment is made to them. The agreement sets out each partner's tasks, "
          "budget, reporting duties and what happens if a partner leaves the project."),
    ("p", "The lead partner passes on the partners' share of the EU funding within 30 days of receiving "
          "it from the funder."),
    ("p", "Keep in regular contact with the partners. A short online meeting every month is usually more "
          "effective than long meetings a few times a year."),
    ("h1", "Communication"),
    ("p", "Every project needs a communication plan, which should be ready within three months of the "
          "start date. The plan describes target groups, messages, channels and how the project will show "
          "that it is funded by the EU."),
    ("p", "The communications unit helps with templates, the EU emblem and publication on the "
          "municipality's website."),
    ("h1", "Project staff"),
    ("p", "Staff recruited for a project are normally employed on a fixed-term contract that ends when the "
          "project ends. Talk to HR early, as recruitment takes at least three months."),
    ("p", "Staff who work in the project part-time must keep monthly time reports. Make sure that they "
          "understand why, and that the reports are signed on time."),
    ("h1", "Documentation and archiving"),
    ("p", "Create a project folder in the case management system as soon as the decision has been "
          "received. Use the standard folder structure: application and decision, agreements, procurement, "
          "finance, reports, communication and minutes."),
    ("p", "How long documents must be kept depends on the programme. Check the retention period in the "
          "programme rules and note it on the project folder."),
    ("h1", "Closing the project"),
    ("p", "Start planning the closure at least six months before the end date. The final report, the last "
          "payment claim and the handover of results all take time."),
    ("p", "Hold a lessons-learned meeting with the steering group and the international coordinator "
          "during the last month of the project. The conclusions are used in the coordinator's experience "
          "report and in future applications."),
    ("h1", "Common pitfalls"),
    ("list", ["Waiting until the start date before starting recruitment",
              "Not reading the funding decision or Grant Agreement in detail",
              "Letting time reports pile up",
              "Making changes without asking the funder",
              "Forgetting the communication requirements",
              "Underestimating the work of closing the project"]),
]

# ---------------------------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------------------------

def write_docx(blocks, path: Path) -> None:
    import docx

    d = docx.Document()
    for kind, value in blocks:
        if kind == "title":
            d.core_properties.title = value
            d.add_heading(value, level=0)
        elif kind in ("h1", "h2"):
            d.add_heading(value, level=int(kind[1]))
        elif kind == "list":
            for item in value:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "olist":
            for item in value:
                d.add_paragraph(item, style="List Number")
        elif kind == "table":
            table = d.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, value):
                for cell, text in zip(row.cells, cells):
                    cell.text = text
            for cell in table.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            d.add_paragraph(value)
    d.save(str(path))


def write_pdf(blocks, path: Path, running_header: str, page_word: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=14),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=12,
                             spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8,
                             spaceAfter=4),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=9),
        "item": ParagraphStyle("item", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=2,
                               leftIndent=14, firstLineIndent=-10),
    }

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, running_header)
        canvas.drawString(A4[0] / 2 - 15, 30, f"{page_word} {doc.page}")
        canvas.restoreState()

    story = []
    for kind, value in blocks:
        if kind == "list":
            story += [Paragraph("\u2013 " + item, styles["item"]) for item in value]
            story.append(Spacer(1, 8))
        elif kind == "olist":
            story += [Paragraph(f"{n}. " + item, styles["item"]) for n, item in enumerate(value, 1)]
            story.append(Spacer(1, 8))
        elif kind == "table":
            table = Table(value, hAlign="LEFT")
            table.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, 0), "Helvetica", 9),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [table, Spacer(1, 12)]
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            story.append(Paragraph(value, styles[kind]))
    SimpleDocTemplate(str(path), pagesize=A4, title=blocks[0][1], topMargin=72, bottomMargin=60).build(
        story, onFirstPage=header_footer, onLaterPages=header_footer)


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(ERUF, folder / "regionalfonden-vagledning.docx")
    write_docx(PROTOKOLL, folder / "protokoll-officiella-besok.docx")
    write_docx(BRG, folder / "investment-promotion-brg.docx")
    write_docx(ARSRAPPORT, folder / "arsrapport-internationellt-arbete-2025.docx")
    write_docx(HANDBOOK, folder / "eu-project-management-handbook.docx")
    write_pdf(HORIZON, folder / "horizon-europe-research-partnerships.pdf",
              "Alingsås Municipality – Horizon Europe guide", "Page")
    write_pdf(UPPHANDLING, folder / "upphandling-statsstod-eu-projekt.pdf",
              "Alingsås kommun – Riktlinje upphandling och statsstöd", "Sida")
    write_pdf(RESOR, folder / "tjansteresor-utomlands.pdf",
              "Alingsås kommun – Rutiner för tjänsteresor utomlands", "Sida")
    write_pdf(ERASMUS_SKOLA, folder / "erasmus-utbyten-skolan.pdf",
              "Alingsås kommun – Barn- och ungdomsförvaltningen", "Sida")
    print(f"wrote 9 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
