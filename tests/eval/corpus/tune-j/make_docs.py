"""Writes the Word and PDF documents of evaluation part tune-j into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's international work for an evaluation
corpus. People, phone numbers, amounts, partner towns' staff and internal rules are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-j/make_docs.py

Block kinds: ("title", text), ("h1", text), ("h2", text), ("p", text), ("list", [items]),
("olist", [items]), ("table", [[header cells], [cells], ...]), ("pagebreak", None).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from docwriters import write_docx, write_pdf  # noqa: E402  (tests/eval/corpus/docwriters.py)

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# D1. Internationell rekrytering av socialsekreterare – svenska, .docx
# ---------------------------------------------------------------------------------------------

REKRYTERING = [
    ("title", "Riktlinje för internationell rekrytering av socialsekreterare"),
    ("p", "Socialförvaltningen, Alingsås kommun. Fastställd av socialchefen 2025-10-14 efter samråd med "
          "HR-avdelningen och de fackliga organisationerna. Gäller från 2026-01-01 till och med 2027-12-31. "
          "Diarienummer SN 2025/0318."),
    ("h1", "1. Syfte och omfattning"),
    ("p", "Riktlinjen beskriver hur socialförvaltningen rekryterar socialsekreterare från andra länder, "
          "vilket stöd kommunen erbjuder den som flyttar hit och vem som ansvarar för vad. Den gäller "
          "tillsvidareanställningar som socialsekreterare inom myndighetsutövning, i första hand på "
          "enheten för barn och unga men också på vuxenenheten och enheten för ekonomiskt bistånd."),
    ("p", "Riktlinjen gäller inte visstidsanställningar, sommarvikariat eller inhyrda konsulter. Den gäller "
          "inte heller rekrytering av chefer, som följer kommunens chefsrekryteringsprocess."),
    ("h1", "2. Bakgrund"),
    ("p", "Socialförvaltningen har under flera år haft svårt att rekrytera erfarna socialsekreterare. "
          "Vid utgången av 2025 var 11 av 62 tjänster inom myndighetsutövningen vakanta, och på enheten "
          "för barn och unga var vakansgraden 18 procent. Förvaltningen har täckt en del av behovet med "
          "inhyrda konsulter, vilket kostade 4,2 miljoner kronor under 2025."),
    ("p", "Under hösten 2025 genomfördes en mindre pilot där två socionomer från Finland anställdes. "
          "Erfarenheterna var goda, och socialnämnden gav därför förvaltningen i uppdrag att arbeta mer "
          "systematiskt med internationell rekrytering under 2026 och 2027."),
    ("h1", "3. Vilka länder rekryterar vi från?"),
    ("p", "Förvaltningen rekryterar i första hand från de nordiska länderna, där socialt arbete och "
          "lagstiftning liknar de svenska och språket är lättare att lära sig. Prioriterade länder är:"),
    ("list", ["Finland, särskilt svenskspråkiga socionomer från Österbotten, Åboland och Nyland",
              "Danmark",
              "Norge"]),
    ("p", "Sökande från övriga EU/EES-länder och Schweiz prövas från fall till fall, under förutsättning "
          "att språkkraven i avsnitt 5 kan uppfyllas. Rekrytering från länder utanför EU/EES sker inte "
          "inom ramen för denna riktlinje under 2026 och 2027, eftersom handläggningen av arbetstillstånd "
          "och bedömningen av utbildningen tar för lång tid för förvaltningens behov. En sökande från ett "
          "land utanför EU/EES som redan har rätt att arbeta i Sverige kan däremot söka på vanligt sätt."),
    ("h1", "4. Krav på utbildning"),
    ("p", "För att handlägga ärenden som rör barn och unga krävs enligt socialtjänstlagen svensk "
          "socionomexamen eller annan relevant examen. Den som har en utländsk utbildning måste ha ett "
          "bevis från Socialstyrelsen om att utbildningen motsvarar kraven innan hen får handlägga "
          "ärenden om barn och unga. Socialstyrelsens handläggningstid är normalt tre till fyra månader "
          "från det att ansökan är komplett."),
    ("p", "För arbete på vuxenenheten och enheten för ekonomiskt bistånd finns inget lagkrav på "
          "Socialstyrelsens bevis. Förvaltningen rekommenderar ändå att den sökande ansöker om ett "
          "utlåtande från Universitets- och högskolerådet (UHR), som visar hur den utländska examen "
          "motsvarar en svensk. Ett utlåtande från UHR är kostnadsfritt för den sökande."),
    ("p", "Kostnaden för översättning av examensbevis och betyg ersätts av förvaltningen med högst "
          "3 500 kr mot kvitto. Ansökan till Socialstyrelsen görs av den sökande själv, men HR-specialisten "
          "hjälper till med blanketterna."),
    ("h2", "Arbetsuppgifter i väntan på beviset"),
    ("p", "Den som väntar på Socialstyrelsens bevis anställs från början på vuxenenheten eller som "
          "utredningsassistent på enheten för barn och unga. Arbetsuppgifterna ska vara sådana som inte "
          "kräver behörighet, till exempel att boka möten, sammanställa underlag och delta i "
          "nätverksmöten tillsammans med en behörig kollega."),
    ("h1", "5. Språkkrav och språkstöd"),
    ("p", "Socialsekreterare skriver utredningar och beslut som kan överklagas och ska kunna förstås av "
          "den enskilde. Kraven på svenska är därför höga. Den som anställs ska ha svenska på lägst nivå "
          "B2 enligt den gemensamma europeiska referensramen för språk (GERS) när anställningen börjar, "
          "och nå nivå C1 inom 18 månader."),
    ("p", "Sökande med danska eller norska som modersmål bedöms individuellt. Erfarenheten är att de "
          "ofta förstår svenska väl men behöver stöd med skriftspråket och med svensk juridisk "
          "terminologi."),
    ("p", "Kommunen erbjuder en intensivkurs i svenska för yrkesverksamma om 240 timmar genom Alingsås "
          "lärcentrum. Kursen är kostnadsfri för medarbetaren. Under de första sex månaderna får "
          "medarbetaren läsa svenska upp till åtta timmar per vecka på betald arbetstid. Därefter sker "
          "fortsatta studier på egen tid, om inte enhetschefen beslutar något annat."),
    ("h1", "6. Flyttstöd och andra förmåner"),
    ("p", "För att det ska bli enklare att flytta till Alingsås erbjuder förvaltningen ett paket med "
          "stöd. Stödet gäller den som anställs tills vidare enligt riktlinjen och som flyttar till "
          "Alingsås eller en grannkommun från ett annat land."),
    ("table", [["Stöd", "Omfattning", "Kommentar"],
               ["Resa till intervju i Alingsås", "Högst 6 000 kr", "Ersätts mot kvitto, även om personen inte anställs"],
               ["Flyttkostnader", "Högst 40 000 kr", "Flyttfirma, transport av bohag och resa för familjen"],
               ["Tillfälligt boende", "Möblerad lägenhet i högst sex månader", "Medarbetaren betalar 5 500 kr i månaden"],
               ["Intensivkurs i svenska", "240 timmar", "Kostnadsfri, delvis på arbetstid"],
               ["Mentor", "12 månader", "En erfaren socialsekreterare på samma enhet"],
               ["Rekryteringstillägg", "3 000 kr per månad i 12 månader", "Endast vid minst tre års yrkeserfarenhet"]]),
    ("p", "Lägenheterna för tillfälligt boende hyrs av AB Alingsåshem. Förvaltningen betalar mellanskillnaden "
          "mellan den faktiska hyran och den månadskostnad om 5 500 kr som medarbetaren betalar."),
    ("p", "Rekryteringstillägget är ett tillfälligt lönetillägg och ingår inte i grundlönen. Beslut om "
          "tillägget fattas av HR-chefen efter förslag från enhetschefen."),
    ("h2", "Återbetalning av flyttstöd"),
    ("p", "Den som själv säger upp sig inom 24 månader från anställningens början måste betala tillbaka "
          "en del av flyttstödet. Återbetalningen beräknas med 1/24 av det utbetalda flyttstödet för varje "
          "hel månad som återstår av de 24 månaderna. Reglerna skrivs in i anställningsavtalet. Stödet för "
          "intervjuresa, språkkurs och mentor behöver aldrig betalas tillbaka."),
    ("h1", "7. Lön och anställningsvillkor"),
    ("p", "Lönen sätts enligt kommunens lönepolicy och på samma grunder som för andra socialsekreterare, "
          "med hänsyn till utbildning, erfarenhet och arbetsuppgifter. Utländsk yrkeserfarenhet värderas "
          "på samma sätt som svensk erfarenhet."),
    ("p", "Anställningen börjar med sex månaders provanställning, som övergår i en tillsvidareanställning "
          "om ingen av parterna har meddelat något annat."),
    ("h1", "8. Så går rekryteringen till"),
    ("olist", ["Enhetschefen anmäler rekryteringsbehovet till HR-avdelningen på blanketten Rekryteringsbehov.",
               "HR-specialisten tar fram en annons på svenska och engelska. Annonsen publiceras på kommunens "
               "webbplats och på Offentliga jobb, och sprids via finska, danska och norska fackförbunds "
               "jobbsidor.",
               "HR-specialisten gör ett första urval, och enhetschefen håller en första intervju digitalt.",
               "Enhetschefen tar referenser. Den sökande lämnar ett utdrag ur belastningsregistret från "
               "hemlandet och från Sverige om hen har bott här.",
               "Den sökande bjuds in till en andra intervju på plats i Alingsås, som också omfattar ett "
               "språktest och ett besök på arbetsplatsen.",
               "Enhetschefen lämnar ett villkorat erbjudande om anställning. Villkoret är att "
               "Socialstyrelsens bevis eller UHR:s utlåtande visar att utbildningen motsvarar kraven.",
               "När villkoret är uppfyllt skrivs anställningsavtalet. Beslut om anställning fattas av "
               "enhetschefen.",
               "HR-specialisten hjälper till med folkbokföring, bankkonto och boende, och introduktionen "
               "börjar."]),
    ("p", "Räkna med att det tar fyra till sex månader från annons till första arbetsdag för den som redan "
          "har en godkänd utbildning, och längre om Socialstyrelsens bevis saknas."),
    ("h1", "9. Introduktion"),
    ("p", "Alla som anställs enligt riktlinjen går ett introduktionsprogram på tolv veckor. Programmet "
          "omfattar svensk socialrätt, dokumentation i verksamhetssystemet, samverkan med skola, polis "
          "och region samt kommunens organisation."),
    ("p", "Under de tre första månaderna har medarbetaren en reducerad ärendemängd, högst 60 procent av "
          "den normala. Enhetschefen följer upp ärendemängden varje månad tillsammans med mentorn."),
    ("h1", "10. Ansvar"),
    ("table", [["Vem", "Ansvarar för"],
               ["Socialchefen", "Fastställer riktlinjen och rapporterar till socialnämnden"],
               ["Enhetschefen", "Behovsanmälan, intervjuer, referenser och beslut om anställning"],
               ["HR-specialist för internationell rekrytering", "Annonsering, urval, stöd vid flytt och kontakt med Socialstyrelsen och UHR"],
               ["HR-chefen", "Beslut om rekryteringstillägg"],
               ["Mentorn", "Stöd i vardagen under de första 12 månaderna"]]),
    ("p", "HR-specialist för internationell rekrytering är Leila Haddad på HR-avdelningen."),
    ("h1", "11. Budget och mål"),
    ("p", "Socialnämnden har avsatt 1,2 miljoner kronor för 2026 till internationell rekrytering. Pengarna "
          "täcker intervjuresor, flyttstöd, mellanskillnaden för tillfälligt boende och översättningar. "
          "Språkkursen betalas av HR-avdelningens kompetensutvecklingsbudget och ingår inte i beloppet."),
    ("p", "Målet är att anställa sex socialsekreterare genom internationell rekrytering under 2026, varav "
          "minst fyra på enheten för barn och unga."),
    ("h1", "12. Uppföljning"),
    ("p", "Förvaltningen följer upp hur många som anställts, hur många som stannar efter 24 månader och "
          "vad medarbetarna tycker om stödet. En rapport lämnas till socialnämnden i december 2026."),
]

# ---------------------------------------------------------------------------------------------
# D2. Study visit from Kisumu County, Kenya – English, .docx
# ---------------------------------------------------------------------------------------------

KISUMU = [
    ("title", "Study visit from Kisumu County, Kenya, 4–8 May 2026 – programme and practical information"),
    ("p", "Prepared by the Municipal Executive Office of Alingsås Municipality in cooperation with the "
          "Department of Community Development. Version 3, 2 March 2026. This document is shared with the "
          "delegation and with all Alingsås staff who take part in the programme."),
    ("h1", "Background"),
    ("p", "Kisumu County lies on the shores of Lake Victoria in western Kenya and has about 1.2 million "
          "inhabitants. The lake is under pressure from untreated wastewater, nutrient run-off from "
          "agriculture and the invasive water hyacinth, which blocks fishing grounds and harbours."),
    ("p", "In October 2025 the County Department of Water, Environment, Natural Resources and Climate "
          "Change contacted Alingsås after a presentation of the municipality's lake work at an online "
          "seminar. The county asked to visit Alingsås to learn how a Swedish municipality monitors and "
          "protects a drinking-water lake. Lake Mjörn is the drinking-water source for Alingsås and for "
          "several neighbouring municipalities, and the municipality is starting a new project to improve "
          "its water quality in 2026."),
    ("p", "The visit is a one-off study visit. No decision on a long-term partnership between Alingsås and "
          "Kisumu County has been taken, and the visit does not commit either party to further cooperation."),
    ("h1", "Objectives of the visit"),
    ("p", "The delegation and the municipality have agreed on four objectives:"),
    ("list", ["To understand how Alingsås monitors water quality in Lake Mjörn and its tributaries",
              "To see how municipal wastewater is treated and how sludge is handled",
              "To learn how the municipality supervises private sewage systems in rural areas",
              "To discuss how residents and farmers are involved in protecting the lake"]),
    ("h1", "The delegation"),
    ("p", "The delegation consists of eight people. It is led by Ms Grace Achieng Odhiambo, Chief Officer "
          "for Water, Environment, Natural Resources and Climate Change."),
    ("table", [["Name", "Position"],
               ["Grace Achieng Odhiambo", "Chief Officer for Water, Environment, Natural Resources and Climate Change (head of delegation)"],
               ["Peter Ouma Owino", "Director of Environment"],
               ["Lilian Atieno Okoth", "Senior Water Engineer"],
               ["Samuel Kiprono Chebet", "Wastewater Engineer, Kisumu Water and Sanitation Company"],
               ["Hon. Rose Akinyi Onyango", "Member of the County Assembly, Committee on Environment"],
               ["Dr. Michael Odera", "Lake Victoria Basin Officer"],
               ["Joyce Wanjiku Mwangi", "Public Health Officer"],
               ["Brian Otieno", "Communications Officer"]]),
    ("p", "The delegation works in English. No interpreter is needed, and all presentations in the "
          "programme are to be given in English."),
    ("h1", "Programme"),
    ("p", "The programme below was agreed with the delegation on 2 March 2026. Changes are communicated by "
          "the visit coordinator. All times are local time in Sweden (CEST)."),
    ("table", [["Day", "Time", "Activity", "Host"],
               ["Monday 4 May", "14:00–16:30", "Arrival, welcome at the City Hall, introduction to Alingsås Municipality", "Municipal Executive Office"],
               ["Tuesday 5 May", "09:00–12:00", "Lake Mjörn: water sampling from a boat and visit to the raw-water intake", "Environment Unit"],
               ["Tuesday 5 May", "13:30–16:00", "Drinking-water treatment plant and laboratory", "Alingsås Water and Sewage"],
               ["Wednesday 6 May", "09:00–12:00", "Wastewater treatment plant at Sävelången, including sludge handling", "Alingsås Water and Sewage"],
               ["Wednesday 6 May", "13:30–16:30", "Private sewage systems: inspection visit to two rural properties", "Environmental Health Unit"],
               ["Thursday 7 May", "09:00–15:00", "Farm visit and meeting with the Mjörn Water Council", "Environment Unit"],
               ["Thursday 7 May", "18:30", "Joint dinner at Nolhaga Castle", "Municipal Executive Office"],
               ["Friday 8 May", "09:00–11:30", "Workshop: lessons learned and next steps; departure", "Municipal Executive Office"]]),
    ("p", "The Wednesday afternoon programme involves walking on uneven ground in rural areas. Sturdy shoes "
          "are recommended."),
    ("h2", "Safety at the treatment plants"),
    ("p", "For safety reasons, at most ten visitors at a time may be inside the process halls of the "
          "wastewater treatment plant. Helmets, high-visibility vests and protective glasses are provided "
          "by the plant. Visitors may not take photographs inside the process halls without the shift "
          "manager's permission."),
    ("h1", "Travel, visas and insurance"),
    ("p", "Kenyan citizens need a Schengen visa to visit Sweden. Visa applications are submitted at the "
          "visa application centre in Nairobi, which handles applications on behalf of the Embassy of "
          "Sweden. Applications should be submitted at least six weeks before departure."),
    ("p", "The municipality issues a personal invitation letter to each member of the delegation. "
          "Requests for invitation letters had to reach the visit coordinator by 10 March 2026, together "
          "with a copy of the passport's personal-data page. The invitation letter states the purpose and "
          "dates of the visit and who pays for which costs, but it does not guarantee that a visa will be "
          "granted."),
    ("p", "Every member of the delegation must have travel medical insurance covering at least EUR 30,000 "
          "for the whole stay, which is a requirement for the Schengen visa. The insurance is arranged and "
          "paid for by Kisumu County."),
    ("p", "The delegation flies from Kisumu via Nairobi to Göteborg Landvetter Airport and arrives on "
          "Monday 4 May at 11:40. A municipal minibus meets the delegation at the airport. The minibus has "
          "nine seats including the driver, so a second car is used for luggage."),
    ("h1", "Who pays for what"),
    ("p", "The costs are shared between Kisumu County and Alingsås Municipality as follows:"),
    ("table", [["Cost", "Paid by", "Comment"],
               ["International flights", "Kisumu County", "Booked by the county"],
               ["Hotel, five nights", "Kisumu County", "Negotiated rate SEK 1,150 per room and night including breakfast"],
               ["Travel insurance and visa fees", "Kisumu County", ""],
               ["Local transport in Sweden", "Alingsås Municipality", "Including airport transfers"],
               ["Lunches and coffee during the programme", "Alingsås Municipality", ""],
               ["Joint dinner on Thursday", "Alingsås Municipality", "One dinner for the delegation and hosts"],
               ["Other meals and personal expenses", "Each participant", ""]]),
    ("p", "The municipality's costs are estimated at SEK 85,000 and are paid from the Municipal Executive "
          "Board's central funds for international work. Staff time is not charged to the visit budget."),
    ("h1", "Accommodation"),
    ("p", "The delegation stays at Hotell Lilla Torget in central Alingsås, a five-minute walk from the "
          "City Hall. The hotel has been booked by the municipality on the delegation's behalf, and the "
          "hotel invoices Kisumu County directly."),
    ("h1", "Roles in Alingsås"),
    ("list", ["Visit coordinator: Helena Sjöberg, international coordinator at the Municipal Executive Office. "
              "She is the delegation's main contact before and during the visit.",
              "Technical host: Sara Nyström, environmental strategist and project manager of the Klara sjöar "
              "project. She is responsible for the content of the days on Lake Mjörn and the farm visit.",
              "Water and sewage host: the operations manager of Alingsås Water and Sewage, who leads the "
              "visits to the treatment plants.",
              "Drivers: staff from the municipal fleet unit."]),
    ("p", "Staff who take part in the programme should send their presentations to the visit coordinator by "
          "24 April 2026 so that they can be shared with the delegation in advance."),
    ("h1", "Communication"),
    ("p", "The municipality will publish a short news item about the visit on alingsas.se. Photos of members "
          "of the delegation may only be published with their consent, which the visit coordinator collects "
          "on the first day. Brian Otieno from the delegation will report on the visit in Kisumu County's "
          "own channels."),
    ("h1", "Follow-up"),
    ("p", "Within two months after the visit, the visit coordinator and the head of delegation will write a "
          "short joint report on lessons learned. The report will be presented to the Municipal Executive "
          "Board's working committee in the autumn of 2026, which will then consider whether the two parties "
          "should explore a longer cooperation."),
]

# ---------------------------------------------------------------------------------------------
# D3. Stadsskogar i Norden – svenska, .docx
# ---------------------------------------------------------------------------------------------

STADSSKOG = [
    ("title", "Projektplan: Stadsskogar i Norden 2026–2027"),
    ("p", "Nordiskt nätverksprojekt om hyggesfritt skogsbruk i tätortsnära skog. Alingsås kommuns del av "
          "projektplanen, fastställd av samhällsbyggnadschefen 2026-01-28. Diarienummer SBN 2025/1104."),
    ("h1", "Sammanfattning"),
    ("p", "Stadsskogar i Norden är ett nätverksprojekt mellan fyra nordiska kommuner som alla äger skog nära "
          "tätorten och vill sköta den så att den både ger virke och fungerar för friluftsliv, naturvärden "
          "och klimatanpassning. Projektet pågår från 1 mars 2026 till 31 december 2027."),
    ("p", "Projektet finansieras av Nordiska ministerrådet genom programmet för nordiskt samarbete om miljö "
          "och klimat. Bidraget täcker högst 60 procent av projektets godkända kostnader. Resten är "
          "partnernas egen medfinansiering, som till största delen består av arbetstid."),
    ("h1", "Partner"),
    ("p", "Projektet har fyra partner. Den finska staden Hämeenlinna är huvudpartner och ansvarar för "
          "ansökan, samordning och den ekonomiska rapporteringen till Nordiska ministerrådet."),
    ("table", [["Partner", "Land", "Roll i projektet"],
               ["Hämeenlinna stad", "Finland", "Huvudpartner, samordning och ekonomisk rapportering"],
               ["Alingsås kommun", "Sverige", "Pilotområde Nolhagaskogen, leder arbetspaketet om friluftsliv"],
               ["Kongsberg kommune", "Norge", "Leder arbetspaketet om naturvärden och inventeringar"],
               ["Silkeborg Kommune", "Danmark", "Leder arbetspaketet om kommunikation och vägledning"]]),
    ("h1", "Varför hyggesfritt skogsbruk?"),
    ("p", "Hyggesfritt skogsbruk är ett sätt att bruka skog där skogen aldrig avverkas helt på en yta, utan "
          "där enskilda träd eller mindre grupper av träd tas ut så att skogen alltid har ett sammanhängande "
          "trädskikt. Metoden kallas också kontinuitetsskogsbruk."),
    ("p", "Metoden passar i skog där många människor rör sig, eftersom skogen behåller sin karaktär. Den "
          "kräver samtidigt mer planering och kunskap än traditionellt trakthyggesbruk, och erfarenheterna "
          "från kommunal skog i Norden har hittills inte sammanställts."),
    ("h1", "Alingsås pilotområde"),
    ("p", "Alingsås pilotområde är Nolhagaskogen, 35 hektar kommunal skog mellan Nolhaga och sjön Mjörn. "
          "Skogen domineras av gran med inslag av ek, bok och björk och används av många för promenader, "
          "löpning och skolornas utomhusundervisning."),
    ("p", "I pilotområdet ska kommunen under 2026 göra en inventering av naturvärden och friluftsvärden, "
          "ta fram en skötselplan för hyggesfritt skogsbruk och genomföra en första plockhuggning vintern "
          "2026–2027. Avverkningen görs av kommunens upphandlade skogsentreprenör. Intäkterna från virket "
          "går till kommunens skogsförvaltning och ingår inte i projektets budget."),
    ("h1", "Arbetspaket"),
    ("list", ["Arbetspaket 1: Projektledning och samordning (Hämeenlinna)",
              "Arbetspaket 2: Naturvärden och inventeringsmetoder (Kongsberg)",
              "Arbetspaket 3: Friluftsliv och medborgardialog (Alingsås)",
              "Arbetspaket 4: Kommunikation och en gemensam nordisk vägledning (Silkeborg)"]),
    ("p", "Inom arbetspaket 3 ansvarar Alingsås för en metod för medborgardialog om skogsskötsel, som "
          "prövas i alla fyra kommunerna, och för en enkät till skogens besökare."),
    ("h1", "Workshoppar"),
    ("p", "Partnerna träffas på fyra workshoppar, en i varje land. Varje workshop pågår i två dagar och "
          "innehåller fältbesök i värdkommunens skog."),
    ("table", [["Workshop", "Plats", "Tid"],
               ["1", "Hämeenlinna", "21–22 april 2026"],
               ["2", "Alingsås", "15–16 september 2026"],
               ["3", "Kongsberg", "maj 2027 (datum bestäms senare)"],
               ["4", "Silkeborg", "november 2027, slutkonferens"]]),
    ("p", "Varje partner får skicka högst fyra deltagare till en workshop. Värdkommunen kan därutöver bjuda "
          "in egna medarbetare och lokala aktörer."),
    ("h2", "Workshoppen i Alingsås"),
    ("p", "Alingsås står värd för den andra workshoppen den 15–16 september 2026. Den första dagen ägnas åt "
          "fältbesök i Nolhagaskogen och den andra åt medborgardialog och friluftsliv. Kommunen räknar med "
          "omkring 25 deltagare."),
    ("p", "Lokala föreningar, till exempel naturskyddsföreningen och friluftsfrämjandet, kan få plats på "
          "fältbesöket den första dagen. Högst två platser per förening erbjuds, och anmälan görs till "
          "projektledaren senast den 14 augusti 2026."),
    ("h1", "Budget för Alingsås del"),
    ("p", "Nordiska ministerrådets bidrag betalas ut i danska kronor till huvudpartnern, som för över "
          "respektive partners andel. Alingsås andel av bidraget är DKK 240 000, vilket motsvarar ungefär "
          "360 000 kronor. Kommunens egen medfinansiering är 240 000 kronor, som består av arbetstid i "
          "samhällsbyggnadsförvaltningen."),
    ("table", [["Kostnadsslag", "Belopp (kr)"],
               ["Personal, projektledare och skogsförvaltare", "330 000"],
               ["Resor till workshoppar", "95 000"],
               ["Workshoppen i Alingsås (lokal, mat, buss till fältbesök)", "70 000"],
               ["Inventering av naturvärden, extern konsult", "80 000"],
               ["Kommunikation och enkät", "25 000"],
               ["Summa", "600 000"]]),
    ("p", "Den egna tiden redovisas som timlön multiplicerad med antalet arbetade timmar, med tillägg för "
          "personalomkostnader. Tidrapporter ska fyllas i varje månad och attesteras av närmaste chef."),
    ("h1", "Rapportering"),
    ("p", "Alingsås lämnar en halvårsrapport med ekonomisk redovisning till huvudpartnern senast den 31 "
          "januari och den 31 juli varje år. Huvudpartnern sammanställer rapporterna och skickar dem till "
          "Nordiska ministerrådet. Slutrapporten från Alingsås ska vara huvudpartnern till handa senast den "
          "15 januari 2028."),
    ("h1", "Organisation"),
    ("p", "Projektledare i Alingsås är Per-Olof Wikström, stadsträdgårdsmästare på "
          "samhällsbyggnadsförvaltningen. Han är kommunens representant i projektets styrgrupp, som har "
          "en representant per partner och sammanträder digitalt varannan månad."),
    ("p", "Kommunens skogsförvaltare ansvarar för skötselplanen och för kontakten med skogsentreprenören. "
          "Kommunekologen bidrar till inventeringen av naturvärden."),
    ("h1", "Vanliga frågor"),
    ("h2", "Är projektet ett EU-projekt?"),
    ("p", "Nej. Nordiska ministerrådet är de nordiska regeringarnas samarbetsorgan och inte en del av EU. "
          "Därför gäller inte EU:s regler för projektredovisning, men ministerrådet har egna krav på "
          "redovisning och revision."),
    ("h2", "Kan andra kommuner ansluta sig?"),
    ("p", "Nya partner kan inte ansluta sig under projekttiden, eftersom budgeten är fastställd. Andra "
          "kommuner är välkomna till slutkonferensen i Silkeborg."),
    ("h2", "Påverkar projektet kommunens övriga skog?"),
    ("p", "Nej, inte under projekttiden. Projektet gäller bara pilotområdet Nolhagaskogen. Erfarenheterna "
          "ska däremot användas när kommunens skogsbruksplan revideras 2028."),
]

# ---------------------------------------------------------------------------------------------
# P1. Klara sjöar – Mjörn – svenska, .pdf
# ---------------------------------------------------------------------------------------------

KLARA = [
    ("title", "Klara sjöar – bättre vattenkvalitet i Mjörn"),
    ("p", "Projektbeskrivning i sammandrag. Alingsås kommun, samhällsbyggnadsförvaltningen, i samverkan med "
          "Alingsås Vatten och Avlopp. Sammandraget bygger på ansökan som lämnades till Länsstyrelsen i "
          "Västra Götalands län den 15 oktober 2025 och på beslutet om stöd den 19 februari 2026."),
    ("h1", "Om projektet"),
    ("p", "Klara sjöar är ett projekt för att minska tillförseln av fosfor och andra näringsämnen till sjön "
          "Mjörn. Mjörn är dricksvattentäkt för Alingsås och för flera kommuner längs Säveån, och sjön har "
          "under de senaste tjugo åren fått brunare vatten och oftare algblomning under sensommaren."),
    ("p", "Projektet pågår från 2026-03-01 till 2028-12-31. Det har tre delar: åtgärder mot läckage från "
          "enskilda avlopp, åtgärder i jordbrukslandskapet längs sjöns tillflöden och ett nordiskt "
          "erfarenhetsutbyte med två kommuner i Finland och Norge som arbetar med samma problem."),
    ("h1", "Finansiering"),
    ("p", "Projektet får stöd från Europeiska havs-, fiskeri- och vattenbruksfonden (EHFVF) och statliga "
          "medel genom Havs-, fiskeri- och vattenbruksprogrammet för Sverige 2021–2027. Länsstyrelsen i "
          "Västra Götalands län beslutade om stödet den 19 februari 2026."),
    ("p", "Stödet täcker högst 70 procent av de stödberättigande kostnaderna. Projektets totala budget är "
          "3 450 000 kr. Av detta är stödet 2 415 000 kr och kommunens egen finansiering 1 035 000 kr. "
          "Alingsås Vatten och Avlopp bidrar med 400 000 kr av den egna finansieringen, och resten betalas "
          "av samhällsbyggnadsnämnden."),
    ("h2", "Budget per arbetspaket"),
    ("table", [["Arbetspaket", "Innehåll", "Budget (kr)"],
               ["AP1", "Projektledning, uppföljning och revision", "520 000"],
               ["AP2", "Enskilda avlopp runt Mjörn", "1 150 000"],
               ["AP3", "Skyddszoner och fosforfällor längs tillflödena", "1 280 000"],
               ["AP4", "Nordiskt erfarenhetsutbyte", "300 000"],
               ["AP5", "Kommunikation och dialog med boende och lantbrukare", "200 000"],
               ["Summa", "", "3 450 000"]]),
    ("h1", "Mål"),
    ("p", "Projektets övergripande mål är att halten totalfosfor i Mjörns tillflöden ska minska med 15 "
          "procent till utgången av 2028, jämfört med medelvärdet för åren 2021–2025. Därutöver har "
          "projektet följande delmål:"),
    ("list", ["400 enskilda avlopp inom 300 meter från Mjörn och tillflödena ska vara inventerade senast 2027-06-30.",
              "Minst 12 kilometer skyddszoner ska anläggas längs tillflödena.",
              "Fyra fosforfällor ska byggas i diken som mynnar i Mjörn.",
              "Minst 30 lantbrukare ska ha deltagit i rådgivning om näringsläckage."]),
    ("h1", "Arbetspaket 2: Enskilda avlopp"),
    ("p", "Runt Mjörn finns omkring 1 100 fastigheter med enskilt avlopp, och miljöenhetens tidigare "
          "tillsyn visar att ungefär en tredjedel av anläggningarna inte uppfyller dagens krav. I projektet "
          "inventeras de 400 fastigheter som ligger närmast sjön och tillflödena."),
    ("p", "Inventeringen görs av två miljöinspektörer som anställs på visstid i projektet. Fastighetsägaren "
          "får ett brev minst tre veckor före besöket. Inventeringsbesöket är kostnadsfritt för "
          "fastighetsägaren, eftersom det finansieras av projektet. Om anläggningen inte uppfyller kraven "
          "handläggs ärendet därefter enligt miljöbalken, och då tar kommunen ut tillsynsavgift enligt "
          "den vanliga taxan."),
    ("p", "Projektet ger inget ekonomiskt bidrag till fastighetsägare som behöver åtgärda sitt avlopp. "
          "Fastighetsägare kan däremot få kostnadsfri rådgivning av kommunens VA-rådgivare."),
    ("h1", "Arbetspaket 3: Åtgärder i jordbrukslandskapet"),
    ("p", "Skyddszoner är gräsbevuxna kantzoner längs vattendrag som fångar upp jord och fosfor innan de "
          "når vattnet. En fosforfälla är en fördjupning i ett dike där partiklar sjunker till botten och "
          "kan grävas upp och återföras till åkermarken."),
    ("p", "Åtgärderna görs på frivillig väg tillsammans med markägarna. Lantbrukare som anlägger en "
          "skyddszon inom projektet får ersättning med 4 000 kr per hektar och år under projekttiden. "
          "Fosforfällorna anläggs och bekostas helt av projektet."),
    ("h1", "Arbetspaket 4: Nordiskt erfarenhetsutbyte"),
    ("p", "Två nordiska kommuner deltar som associerade partner: Lohja i Finland, vid sjön Lohjanjärvi, och "
          "Hurdal i Norge, vid sjön Hurdalsjøen. Båda sjöarna har problem med näringsläckage och "
          "brunifiering. De associerade partnerna får inget stöd ur projektet och betalar sina egna "
          "kostnader."),
    ("p", "Utbytet omfattar två studieresor och ett avslutande seminarium:"),
    ("table", [["Aktivitet", "Plats", "Tid"],
               ["Studieresa 1: sjörestaurering och samarbete med lantbrukare", "Lohja, Finland", "augusti 2026"],
               ["Studieresa 2: dricksvattenskydd och enskilda avlopp", "Hurdal, Norge", "juni 2027"],
               ["Avslutande seminarium för alla tre kommunerna", "Alingsås", "september 2027"]]),
    ("p", "Högst fyra deltagare från Alingsås får åka på varje studieresa. Deltagarna utses av "
          "projektledaren, och minst en av dem ska vara anställd vid Alingsås Vatten och Avlopp."),
    ("p", "Projektets resultat presenteras också för delegationen från Kisumu County i Kenya, som besöker "
          "Alingsås i maj 2026. Det besöket finansieras inte av projektet."),
    ("h1", "Organisation"),
    ("p", "Projektägare är samhällsbyggnadsnämnden. Projektledare är Sara Nyström, miljöstrateg på "
          "samhällsbyggnadsförvaltningen, som arbetar 50 procent av sin tjänst i projektet."),
    ("p", "Projektet har en styrgrupp med samhällsbyggnadschefen (ordförande), VA-chefen på Alingsås "
          "Vatten och Avlopp, miljöchefen och en representant för LRF:s lokalavdelning. Styrgruppen "
          "sammanträder fyra gånger per år."),
    ("p", "Till projektet finns också en referensgrupp, Mjörns vattenråd, där boende, fiskevårdsområden och "
          "de kommuner som tar dricksvatten från Mjörn ingår."),
    ("h1", "Uppföljning och rapportering"),
    ("p", "Vattenkvaliteten följs upp genom provtagning en gång i månaden vid åtta provpunkter i "
          "tillflödena. Proverna analyseras av ett ackrediterat laboratorium."),
    ("p", "Projektet lämnar en lägesrapport till Länsstyrelsen var sjätte månad. Slutrapporten ska lämnas "
          "senast 2029-03-31."),
    ("h2", "Utbetalning av stödet"),
    ("p", "Stödet betalas ut i efterskott. Kommunen får ansöka om utbetalning högst tre gånger per år och "
          "måste själv finansiera kostnaderna tills stödet har betalats ut. Förskott betalas inte ut. "
          "Ekonomiavdelningen har därför beräknat att projektet behöver en likviditet på omkring 900 000 kr "
          "som mest."),
    ("p", "Alla kostnader ska styrkas med fakturor och betalningsbevis. Projektets egen arbetstid redovisas "
          "med tidrapporter som undertecknas av projektledaren och av närmaste chef."),
    ("h1", "Kommunikation"),
    ("p", "Allt material från projektet ska innehålla EU:s emblem och texten Medfinansieras av Europeiska "
          "unionen. Projektet har en egen sida på alingsas.se, och boende runt Mjörn bjuds in till två "
          "öppna möten per år."),
]

# ---------------------------------------------------------------------------------------------
# P2. Lån från Europeiska investeringsbanken för skolbyggnader – svenska, .pdf
# ---------------------------------------------------------------------------------------------

EIB = [
    ("title", "Tjänsteskrivelse: Lån från Europeiska investeringsbanken för skolor och förskolor"),
    ("p", "Kommunledningskontoret, ekonomiavdelningen. Datum 2026-01-20. Diarienummer KS 2025/0412. "
          "Handläggare: Lina Ståhl, finanschef."),
    ("h1", "Förslag till beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
    ("olist", ["att kommunen tar upp ett lån om högst EUR 26 000 000 från Europeiska investeringsbanken (EIB) "
               "för att finansiera investeringsprogrammet Skolor och förskolor 2026–2029,",
               "att lånet ska omvandlas till svenska kronor genom valutaswappar i enlighet med kommunens "
               "finanspolicy, och",
               "att ge kommunstyrelsen i uppdrag att underteckna låneavtalet och besluta om tidpunkt och villkor "
               "för varje delutbetalning."]),
    ("h1", "Sammanfattning"),
    ("p", "Alingsås kommun står inför stora investeringar i skolor och förskolor de kommande åren. "
          "Ekonomiavdelningen har undersökt om en del av investeringarna kan finansieras med ett lån från "
          "Europeiska investeringsbanken i stället för genom kommunens vanliga upplåning hos Kommuninvest. "
          "Banken har granskat projekten och är beredd att låna ut högst EUR 26 000 000, vilket med en "
          "växelkurs på 11,00 kronor per euro motsvarar ungefär 286 miljoner kronor."),
    ("p", "Lånet beräknas ge en lägre räntekostnad än kommunens vanliga upplåning. Med dagens indikativa "
          "räntor blir besparingen omkring 850 000 kr per år under lånets första tio år."),
    ("h1", "Vad är Europeiska investeringsbanken?"),
    ("p", "Europeiska investeringsbanken är EU:s bank. Den ägs av EU:s medlemsstater och lånar ut pengar "
          "till projekt som bidrar till EU:s mål, bland annat inom utbildning, klimat och hållbar "
          "stadsutveckling. Banken lånar upp sina pengar på kapitalmarknaden med medlemsstaternas garantier "
          "och kan därför erbjuda lån med låg ränta och lång löptid."),
    ("p", "EIB finansierar högst 50 procent av ett projekts totala kostnad. Resten måste kommunen "
          "finansiera på annat sätt, i Alingsås fall genom egna medel och upplåning hos Kommuninvest."),
    ("h1", "Investeringsprogrammet"),
    ("p", "Lånet gäller tre projekt som ingår i kommunens investeringsplan:"),
    ("table", [["Projekt", "Innehåll", "Beräknad kostnad", "Klart"],
               ["Noltorpsskolan", "Ny F–9-skola för 650 elever med idrottshall", "420 miljoner kronor", "Höstterminen 2028"],
               ["Stadsskogens förskola", "Ny förskola med åtta avdelningar", "95 miljoner kronor", "Våren 2027"],
               ["Ängaboskolan", "Energirenovering: fönster, ventilation och solceller", "60 miljoner kronor", "Sommaren 2027"],
               ["Summa", "", "575 miljoner kronor", ""]]),
    ("p", "Lånet på ungefär 286 miljoner kronor motsvarar knappt 50 procent av programmets totala kostnad "
          "på 575 miljoner kronor och ligger därmed inom bankens gräns."),
    ("h1", "Lånevillkor"),
    ("p", "Villkoren nedan är indikativa och bygger på bankens erbjudande den 12 januari 2026. De slutliga "
          "villkoren bestäms vid varje delutbetalning."),
    ("table", [["Villkor", "EIB", "Kommuninvest (jämförelse)"],
               ["Löptid", "25 år", "Normalt 1–10 år, sedan omsättning"],
               ["Amorteringsfri period", "De första fyra åren", "Enligt kommunens finanspolicy"],
               ["Indikativ ränta, fast tio år", "3,1 procent (efter swap till kronor)", "3,4 procent"],
               ["Delutbetalningar", "Högst tre, minst EUR 5 000 000 per delutbetalning", "Efter behov"],
               ["Uppläggningsavgift", "Ingen", "Ingen"]]),
    ("p", "Den första delutbetalningen måste göras senast 18 månader efter att låneavtalet har undertecknats. "
          "Ekonomiavdelningen planerar den första delutbetalningen till hösten 2026, när bygget av "
          "Noltorpsskolan har kommit igång."),
    ("h2", "Kostnader för kommunen"),
    ("p", "EIB tar inte ut någon uppläggningsavgift, men kommunen betalar sina egna kostnader för externa "
          "jurister som granskar låneavtalet, uppskattade till 250 000 kr. Kostnaden för valutaswapparna "
          "ingår i den indikativa räntan ovan."),
    ("h1", "Valutarisk"),
    ("p", "Lånet tas upp i euro. Kommunens finanspolicy tillåter inte att kommunen har valutarisk i sin "
          "upplåning. Varje delutbetalning ska därför omvandlas till svenska kronor genom en valutaswap som "
          "gäller hela lånets löptid. Swapparna görs med banker som har lägst kreditbetyg A enligt "
          "finanspolicyn."),
    ("h1", "Krav från banken"),
    ("p", "Banken ställer krav på projekten och på rapporteringen. De viktigaste kraven är:"),
    ("list", ["Noltorpsskolan och Stadsskogens förskola ska ha en primärenergianvändning som är minst 20 "
              "procent lägre än kravet i Boverkets byggregler.",
              "Kommunen ska lämna en årlig rapport om projektens framsteg till banken senast den 31 mars varje år.",
              "Kommunen ska lämna en slutrapport när alla tre projekten är färdiga.",
              "Banken ska informeras utan dröjsmål om ett projekts kostnad ökar med mer än 10 procent.",
              "Bankens logotyp och en text om finansieringen ska finnas på byggskyltarna."]),
    ("p", "Banken har under hösten 2025 gjort en granskning av projekten och av kommunens ekonomi. "
          "Granskningen tog fem månader och omfattade bland annat ett besök i Alingsås i november 2025."),
    ("h1", "Beslutsordning"),
    ("p", "Enligt kommunens finanspolicy får kommunstyrelsen själv besluta om nya lån upp till 100 miljoner "
          "kronor per år. Eftersom lånet är större krävs beslut av kommunfullmäktige."),
    ("table", [["Steg", "Datum"],
               ["Kommunstyrelsens arbetsutskott", "2026-01-26"],
               ["Kommunstyrelsen", "2026-02-09"],
               ["Kommunfullmäktige", "2026-02-25"],
               ["Undertecknande av låneavtalet", "April 2026 (preliminärt)"]]),
    ("h1", "Risker"),
    ("table", [["Risk", "Bedömning", "Hantering"],
               ["Valutarisk", "Ingen efter swap", "Alla delutbetalningar swappas till kronor"],
               ["Ränterisk", "Låg", "Fast ränta på minst 70 procent av lånet"],
               ["Kostnadsökning i byggprojekten", "Medel", "Rapportering till banken, buffert i investeringsbudgeten"],
               ["Förseningar", "Medel", "Delutbetalningar kan skjutas upp inom 18 månader"]]),
    ("h1", "Ekonomiska konsekvenser"),
    ("p", "Räntekostnaden för programmet beräknas bli omkring 850 000 kr lägre per år jämfört med om "
          "motsvarande belopp lånades hos Kommuninvest. Lånet påverkar inte kommunens låneram i "
          "Kommuninvest, men räknas in i kommunens totala låneskuld."),
    ("p", "Kommunen behöver inte ställa någon borgen eller säkerhet för lånet."),
    ("h1", "Kontakt"),
    ("p", "Frågor om ärendet besvaras av finanschef Lina Ståhl. Ekonomichef Thomas Grahn är ansvarig för "
          "kommunens finansverksamhet."),
]

# ---------------------------------------------------------------------------------------------
# P3. Cultural exchange with Águeda, Portugal – English, .pdf
# ---------------------------------------------------------------------------------------------

AGUEDA = [
    ("title", "Light and Umbrellas: cultural exchange between Alingsås and Águeda 2026–2027"),
    ("p", "Exchange plan and practical guide. Alingsås Municipality, Department of Culture and Leisure, in "
          "cooperation with the Municipality of Águeda (Câmara Municipal de Águeda), Portugal. Adopted by the "
          "Head of Culture and Leisure on 3 February 2026."),
    ("h1", "Why Águeda?"),
    ("p", "Águeda is a town of about 47,000 inhabitants in the Aveiro district of central Portugal. It is "
          "known for the Umbrella Sky Project, in which thousands of coloured umbrellas are hung over the "
          "streets of the old town every summer during the AgitÁgueda festival in July."),
    ("p", "Alingsås is known for Lights in Alingsås, the light festival that turns the town into a walk of "
          "light installations every autumn. The two towns have similar experiences of using art in public "
          "space to bring visitors to a small town centre. The idea of an exchange came up when staff from "
          "both festivals met at a conference on festival development in Lisbon in 2025."),
    ("p", "The exchange is a time-limited cultural cooperation for 2026 and 2027. It is not a twinning "
          "agreement, and it does not give either municipality any financial obligations beyond those "
          "described in this plan."),
    ("h1", "What the exchange includes"),
    ("p", "The exchange has three strands:"),
    ("olist", ["Festival staff exchange: technicians and producers from both festivals work alongside each "
               "other during the other town's festival.",
               "Youth exchange: young people from the Alingsås School of Culture (Kulturskolan) and from "
               "Águeda's municipal music and arts school visit each other and create a joint performance.",
               "A joint installation: an umbrella installation from Águeda is shown during Lights in Alingsås "
               "2026, and a light installation designed in Alingsås is shown during AgitÁgueda 2027."]),
    ("h1", "Timetable"),
    ("table", [["Activity", "Where", "When"],
               ["Planning meeting, online", "—", "10 March 2026"],
               ["Youth group and festival staff from Alingsås visit AgitÁgueda", "Águeda", "8–14 July 2026"],
               ["Youth group and festival staff from Águeda visit Lights in Alingsås", "Alingsås", "26 October – 1 November 2026"],
               ["Umbrella installation shown in Alingsås", "Alingsås, Stora torget", "October–November 2026"],
               ["Light installation from Alingsås shown in Águeda", "Águeda", "July 2027"],
               ["Evaluation meeting", "Online", "September 2027"]]),
    ("h1", "The youth exchange"),
    ("h2", "Who can take part?"),
    ("p", "The youth exchange is open to students of the Alingsås School of Culture who are aged 15 to 19 "
          "on the day of departure and who play an instrument, dance or work with light and stage "
          "technology. At most 14 young people from Alingsås take part, together with three adult leaders "
          "from the School of Culture."),
    ("h2", "How to apply"),
    ("p", "Applications are made through the School of Culture's web form by 15 March 2026. The form asks for "
          "a short motivation and, for applicants under 18, the consent of a guardian. If there are more "
          "applicants than places, the School of Culture selects participants so that the group has a "
          "mix of ages, art forms and schools. All applicants are told the outcome by 10 April 2026."),
    ("h2", "Costs for participants"),
    ("p", "Each participant pays a personal contribution of SEK 1,500, which covers part of the meals. "
          "Everything else, including flights, accommodation, local transport and workshops, is paid by the "
          "exchange budget. No one should be excluded for financial reasons: a guardian may ask the rector "
          "of the School of Culture to waive the contribution, and the request is handled confidentially."),
    ("h2", "Accommodation and supervision"),
    ("p", "In Águeda, the Alingsås group stays at a youth hostel in Aveiro, about 20 kilometres from Águeda, "
          "and travels to Águeda by chartered bus every day. The Águeda group stays at Alingsås folkhögskola "
          "during its visit."),
    ("p", "The three adult leaders are responsible for the group at all times. Participants may not leave "
          "the group without a leader's permission, and alcohol and tobacco are prohibited during the "
          "whole exchange, regardless of age."),
    ("p", "Participants are covered by the municipality's group accident insurance during the exchange. "
          "Guardians are asked to check that their own home insurance includes travel insurance."),
    ("h1", "Festival staff exchange"),
    ("p", "Each festival sends up to four members of staff to the other festival. In 2026 Alingsås sends two "
          "light technicians, one producer and one volunteer coordinator. The staff work as part of the "
          "host festival's crew during the festival week and take part in a one-day seminar on audience "
          "development."),
    ("p", "Staff who take part do so during working hours and keep their ordinary salary. Overtime during "
          "the festival week is compensated with time off, according to the local agreement on festival "
          "work."),
    ("h1", "Budget"),
    ("p", "Each municipality pays for its own travel and for hosting the visiting group. The Culture and "
          "Leisure Committee has allocated SEK 320,000 for Alingsås's costs in 2026 and 2027."),
    ("table", [["Item", "2026 (SEK)", "2027 (SEK)"],
               ["Flights to Porto and local transport, youth group and leaders", "115,000", "—"],
               ["Accommodation in Aveiro", "48,000", "—"],
               ["Hosting the Águeda group in Alingsås", "62,000", "—"],
               ["Festival staff exchange", "30,000", "25,000"],
               ["Transport and mounting of installations", "15,000", "25,000"],
               ["Total", "270,000", "50,000"]]),
    ("p", "The umbrella installation is lent free of charge by Águeda. Alingsås pays for its transport, "
          "insurance during transport and mounting. The installation must be returned by 31 January 2027."),
    ("h1", "Language"),
    ("p", "The working language of the exchange is English. Águeda provides a Portuguese–English interpreter "
          "for the youth workshops in Águeda, and Alingsås provides the same for the workshops in Alingsås "
          "when needed."),
    ("h1", "Responsibilities"),
    ("table", [["Role", "Person", "Responsible for"],
               ["Exchange lead, Alingsås", "Fredrik Ljung, producer of Lights in Alingsås", "Overall planning, budget, festival staff exchange"],
               ["Youth exchange lead, Alingsås", "Mats Olausson, rector of the School of Culture", "Selection of participants, leaders, contact with guardians"],
               ["Exchange lead, Águeda", "Ana Lúcia Tavares, Culture Division", "Programme in Águeda, hostel and local transport"]]),
    ("h1", "Evaluation"),
    ("p", "All participants answer a short survey after each visit. The exchange leads write a joint "
          "evaluation, which is presented to the Culture and Leisure Committee in February 2027 and again, "
          "with the results of 2027, in November 2027."),
]


# ---------------------------------------------------------------------------------------------
# D4. Stadsskogar i Norden, workshop 2 in Alingsås – English, .docx
# ---------------------------------------------------------------------------------------------

WORKSHOP = [
    ("title", "Urban Forests of the Nordic Countries – Workshop 2, Alingsås, 15–16 September 2026"),
    ("p", "Invitation and practical information for the project partners. Alingsås Municipality, Department "
          "of Community Development. Sent to the partners on 9 March 2026."),
    ("h1", "Welcome to Alingsås"),
    ("p", "Dear partners, it is our pleasure to invite you to the second workshop of the Nordic network "
          "project Urban Forests of the Nordic Countries (Stadsskogar i Norden). After the kick-off in "
          "Hämeenlinna in April, the workshop in Alingsås will focus on recreation, public dialogue and how "
          "residents experience continuous-cover forestry close to where they live."),
    ("p", "The workshop is held in English. It is free of charge for project partners: lunches, coffee, the "
          "joint dinner and the bus to the field visit are paid by the Alingsås project budget. Each partner "
          "pays its own travel and accommodation."),
    ("h1", "Programme"),
    ("h2", "Tuesday 15 September – field day"),
    ("table", [["Time", "Activity"],
               ["08:45", "Bus departs from Alingsås railway station to Nolhagaskogen"],
               ["09:15–12:00", "Walk through the pilot area: results of the inventory of natural and recreational values"],
               ["12:00–13:00", "Lunch outdoors at the Nolhaga shelter (rain plan: Nolhaga Castle)"],
               ["13:00–15:30", "Marking exercise: which trees should be harvested in continuous-cover forestry?"],
               ["15:30–16:30", "Meeting with local associations and the forestry contractor"],
               ["19:00", "Joint dinner at Nolhaga Castle"]]),
    ("h2", "Wednesday 16 September – dialogue and recreation"),
    ("table", [["Time", "Activity"],
               ["09:00–10:30", "Results of the visitor survey in Nolhagaskogen (Alingsås)"],
               ["10:45–12:00", "Method for public dialogue on forest management: testing in all four towns"],
               ["12:00–13:00", "Lunch"],
               ["13:00–14:30", "Work package meetings and planning of the Nordic guidance"],
               ["14:30–15:00", "Summary and next steps; end of workshop"]]),
    ("p", "The Wednesday sessions are held at Alingsås Culture House, in the room called Mjörnsalen, a "
          "five-minute walk from the railway station."),
    ("h1", "Participants"),
    ("p", "Each partner may register up to four participants, as agreed in the project plan. In addition, "
          "Alingsås invites some of its own staff and representatives of local associations to the field day. "
          "We expect about 25 participants in total."),
    ("h1", "Registration"),
    ("p", "Please register your participants using the online form by 28 August 2026. Let us know about any "
          "dietary requirements or accessibility needs when you register. Participants who need to walk "
          "shorter distances on the field day can join a shorter route of about 1.5 kilometres instead of "
          "the full route of about 4 kilometres."),
    ("h1", "Travel to Alingsås"),
    ("p", "The nearest airport is Göteborg Landvetter Airport. From the airport, take the airport bus to "
          "Göteborg Central Station and then a regional train to Alingsås, which takes about 30 minutes. "
          "Trains run at least twice an hour during the day. A taxi from the airport to Alingsås takes "
          "about 35 minutes and costs around SEK 900."),
    ("p", "Participants from Kongsberg may prefer to take the train from Oslo to Göteborg, which takes "
          "about four hours."),
    ("h1", "Accommodation"),
    ("p", "We have reserved 14 rooms at Hotell Lilla Torget in central Alingsås for the nights of 14 and 15 "
          "September at a special rate of SEK 1,290 per room and night, including breakfast. Book your room "
          "directly with the hotel and quote the booking code NORDSKOG26. The reserved rooms are released "
          "on 14 August 2026, after which the special rate no longer applies."),
    ("h1", "What to bring"),
    ("list", ["Outdoor clothing and sturdy shoes or boots for the field day",
              "A short presentation (at most ten minutes) of the status in your pilot area, for the work "
              "package meeting on Wednesday",
              "Results of your own visitor survey, if you have carried one out"]),
    ("h1", "Local associations on the field day"),
    ("p", "Local associations in Alingsås, such as the local branches of the Swedish Society for Nature "
          "Conservation and Friluftsfrämjandet, have been offered places on the field day so that partners can "
          "hear how residents view the forest. These places are coordinated by the Alingsås project manager "
          "and do not count against the partners' four places."),
    ("h1", "Contact"),
    ("p", "Questions about the workshop can be sent to Per-Olof Wikström, project manager in Alingsås. "
          "On the field day, participants who get lost can call the project manager's mobile phone, "
          "+46 70 318 44 27."),
]

# ---------------------------------------------------------------------------------------------
# P4. Rural Pact progress report 2025 – English, .pdf
# ---------------------------------------------------------------------------------------------

RURALREPORT = [
    ("title", "Rural Pact commitments of Alingsås Municipality – progress report 2025"),
    ("p", "Alingsås Municipality, Sweden. Prepared by the rural development officer for the Rural Council "
          "and for publication on the Rural Pact platform. Presented to the Rural Council on 4 December 2025."),
    ("h1", "Summary"),
    ("p", "Alingsås joined the Rural Pact community on 3 June 2025 with three commitments: rural proofing of "
          "municipal decisions, regular village dialogues and shared service points in the villages. This "
          "first progress report covers the period from June to November 2025. Because the commitments "
          "formally apply from 2026, most of the work in 2025 has been preparatory."),
    ("h1", "About Alingsås"),
    ("p", "Alingsås Municipality is located in western Sweden, about 45 kilometres north-east of Gothenburg. "
          "The municipality has about 42,000 inhabitants, of whom about one in four lives outside the town of "
          "Alingsås. The rural parts of the municipality are characterised by small-scale agriculture, "
          "forests and lakes, and by villages whose population is growing because of commuting to the "
          "Gothenburg region."),
    ("h1", "Commitment 1: Rural proofing"),
    ("p", "During the autumn of 2025 the municipality developed a checklist for rural proofing. The checklist "
          "has eight questions, covering for example travel distances, public transport, digital access, "
          "local businesses and the effects on children in rural areas. It has been included in the template "
          "for reports to political committees and applies to all major decisions from 1 January 2026."),
    ("p", "The checklist was tested on six decisions in the autumn of 2025, including a change of school bus "
          "routes and new opening hours of the libraries in Sollebrunn and Ingared. The test showed that the "
          "checklist takes 15 to 30 minutes to complete and that it led to changes in two of the six "
          "decisions."),
    ("h2", "Lessons learned"),
    ("list", ["The checklist is most useful early in the preparation of a decision, not at the end.",
              "Officials need data on where people live and travel; the municipality's GIS unit now produces "
              "maps for each village.",
              "The Rural Council wants to see the completed checklists, which are now attached to the "
              "published committee documents."]),
    ("h1", "Commitment 2: Village dialogues"),
    ("p", "From 2026, the municipality has committed to holding at least two open village dialogue meetings "
          "per year in each of the five largest villages. In 2025, seven village dialogue meetings were held "
          "as a trial, with a total of about 240 participants."),
    ("table", [["Village", "Meetings in 2025", "Participants", "Main issues raised"],
               ["Sollebrunn", "2", "85", "Bus connections, the future of the library, housing for older people"],
               ["Ingared", "2", "70", "Traffic safety on the main road, preschool places"],
               ["Västra Bodarna", "1", "35", "Walking and cycling path to Alingsås"],
               ["Hemsjö", "1", "20", "Mobile coverage, school transport"],
               ["Lövekulle", "1", "30", "Water and sewage connection, local park"]]),
    ("p", "Each meeting was attended by at least one member of the Municipal Executive Board and by officials "
          "from the departments concerned. A summary of each meeting, with the municipality's answers to the "
          "questions raised, was published within four weeks."),
    ("h1", "Commitment 3: Shared service points"),
    ("p", "The municipality has committed to opening two service points in the villages by 31 December 2027, "
          "where residents can get help with municipal services and with services of state agencies. The "
          "first service point is planned to open in the library in Sollebrunn in the autumn of 2026, and "
          "the second in Ingared in 2027."),
    ("p", "The service points will be staffed by municipal staff who have been trained to help with the "
          "municipality's e-services and with common errands to state agencies. The running cost is estimated "
          "at SEK 380,000 per service point and year, mainly staff costs, and is included in the "
          "municipality's budget from 2026."),
    ("h1", "The Rural Council"),
    ("p", "The Rural Council met four times in 2025. It was consulted before the municipality joined the "
          "Rural Pact, took part in the design of the village dialogues and has asked to be involved in "
          "choosing the location of the service points."),
    ("h1", "International exchange"),
    ("p", "Through the Rural Pact community, Alingsås has been in contact with rural municipalities in "
          "Finland, Ireland and Spain that work with rural proofing. The rural development officer took part "
          "in three of the Rural Pact's online events in 2025. Alingsås has been asked to present its checklist "
          "at a Rural Pact webinar in March 2026."),
    ("h1", "Next steps in 2026"),
    ("olist", ["Apply the rural proofing checklist to all major decisions and review it after one year.",
               "Hold at least ten village dialogue meetings, two in each of the five largest villages.",
               "Open the first service point in Sollebrunn.",
               "Publish the next progress report on the Rural Pact platform in December 2026."]),
]


# ---------------------------------------------------------------------------------------------
# D5. Mjörns vattenråd – verksamhetsplan 2026 – svenska, .docx
# ---------------------------------------------------------------------------------------------

VATTENRAD = [
    ("title", "Mjörns vattenråd – verksamhetsplan och budget 2026"),
    ("p", "Antagen vid vattenrådets årsmöte den 24 februari 2026. Vattenrådets sekretariat finns hos Alingsås "
          "kommun, samhällsbyggnadsförvaltningen."),
    ("h1", "Om vattenrådet"),
    ("p", "Mjörns vattenråd är ett samverkansforum för alla som har intressen i Mjörn och sjöns "
          "tillrinningsområde. Vattenrådet bildades 2009 och är en ideell förening. Vattenrådet är inte en "
          "myndighet och fattar inga beslut om tillstånd eller tillsyn, men det lämnar synpunkter till "
          "kommunerna och vattenmyndigheten och är referensgrupp i projektet Klara sjöar."),
    ("p", "Medlemmar i vattenrådet är kommunerna som tar dricksvatten ur Mjörn, fiskevårdsområdena, LRF:s "
          "lokalavdelning, båtklubbar, samfälligheter och enskilda boende. Vattenrådet har i dag 46 medlemmar, "
          "varav 31 är enskilda personer."),
    ("h1", "Styrelse"),
    ("p", "Vattenrådets styrelse har sju ledamöter som väljs av årsmötet. Ordförande 2026 är Gunilla Ahlström, "
          "som representerar fiskevårdsområdena. Kommunens miljöstrateg är adjungerad till styrelsen och "
          "ansvarar för sekretariatet, men har ingen rösträtt."),
    ("h1", "Mål för 2026"),
    ("list", ["Vara en aktiv referensgrupp i projektet Klara sjöar och sprida information om projektet till "
              "boende och markägare",
              "Genomföra det årliga provfisket och siktdjupsmätningarna tillsammans med fiskevårdsområdena",
              "Ordna två öppna möten om Mjörn, ett på våren och ett på hösten",
              "Ta emot delegationen från Kisumu County under gårdsbesöket den 7 maj 2026 och berätta om "
              "vattenrådets arbete",
              "Öka antalet medlemmar till minst 55"]),
    ("h1", "Aktiviteter 2026"),
    ("table", [["Tid", "Aktivitet", "Ansvarig"],
               ["24 februari", "Årsmöte", "Styrelsen"],
               ["April", "Öppet vårmöte om Klara sjöar och inventeringen av enskilda avlopp", "Styrelsen och kommunen"],
               ["7 maj", "Möte med delegationen från Kisumu County", "Ordföranden"],
               ["Juni–augusti", "Siktdjupsmätningar varannan vecka vid fem platser", "Frivilliga medlemmar"],
               ["Augusti", "Provfiske", "Fiskevårdsområdena"],
               ["Oktober", "Öppet höstmöte: resultat från årets mätningar", "Styrelsen"],
               ["December", "Yttrande till vattenmyndigheten om förvaltningsplanen", "Styrelsen"]]),
    ("h1", "Siktdjupsmätningar"),
    ("p", "Siktdjupet är ett enkelt mått på hur klart vattnet är. Det mäts genom att en vit skiva sänks ner i "
          "vattnet tills den inte längre syns. Vattenrådets frivilliga har mätt siktdjupet i Mjörn sedan 2012. "
          "Medelvärdet under sommaren har minskat från 4,1 meter 2012 till 3,2 meter 2025."),
    ("p", "Den som vill bli frivillig mätare anmäler sig till sekretariatet. Vattenrådet lånar ut "
          "siktdjupsskiva och protokoll, men mätaren behöver ha tillgång till egen båt."),
    ("h1", "Budget 2026"),
    ("p", "Vattenrådets verksamhet finansieras av medlemsavgifter, bidrag från kommunerna och ett bidrag från "
          "vattenmyndigheten för vattenråd."),
    ("table", [["Intäkter", "Kronor"],
               ["Medlemsavgifter", "9 200"],
               ["Bidrag från Alingsås kommun", "40 000"],
               ["Bidrag från övriga kommuner", "25 000"],
               ["Bidrag från vattenmyndigheten", "30 000"],
               ["Summa intäkter", "104 200"]]),
    ("table", [["Kostnader", "Kronor"],
               ["Öppna möten (lokal, fika, annonser)", "18 000"],
               ["Provfiske och mätutrustning", "35 000"],
               ["Webbplats och information", "12 000"],
               ["Studieresa för styrelsen", "25 000"],
               ["Övrigt", "14 200"],
               ["Summa kostnader", "104 200"]]),
    ("h1", "Medlemskap"),
    ("p", "Medlemsavgiften är 200 kr per år för enskilda personer och 500 kr per år för föreningar, "
          "samfälligheter och företag. Kommunerna betalar ingen medlemsavgift utan lämnar i stället ett "
          "årligt bidrag. Medlemsavgiften betalas till vattenrådets bankgiro senast den 31 mars."),
    ("p", "Alla som bor eller äger mark i Mjörns tillrinningsområde, eller som använder sjön för fiske eller "
          "friluftsliv, kan bli medlemmar."),
]


# ---------------------------------------------------------------------------------------------
# D6. Synpunkter till SKR om avloppsdirektivet – svenska, .docx
# ---------------------------------------------------------------------------------------------

AVLOPPSDIREKTIV = [
    ("title", "Synpunkter till SKR om genomförandet av det omarbetade avloppsdirektivet"),
    ("p", "Alingsås kommun, samhällsbyggnadsförvaltningen, och Alingsås Vatten och Avlopp. Datum 2025-10-30. "
          "Synpunkterna lämnas av samhällsbyggnadschefen efter samråd med EU-strategen, i enlighet med "
          "kommunens arbetssätt för EU-bevakning. Diarienummer SBN 2025/0987."),
    ("h1", "Bakgrund"),
    ("p", "Sveriges Kommuner och Regioner (SKR) har bett kommunerna om synpunkter inför sitt arbete med "
          "genomförandet av det omarbetade direktivet om rening av avloppsvatten från tätbebyggelse. SKR:s "
          "frågor gällde främst kostnader, tidplaner och behovet av statligt stöd. Sista dag för svar till SKR "
          "var den 31 oktober 2025."),
    ("p", "Alingsås har ett kommunalt reningsverk, vid Sävelången, som tar emot avloppsvatten från tätorten "
          "Alingsås och från Ingared och Sollebrunn. Verket är dimensionerat för omkring 38 000 "
          "personekvivalenter och släpper ut det renade vattnet i Säveån."),
    ("h1", "Sammanfattning av våra synpunkter"),
    ("olist", ["Kostnaderna för att uppfylla direktivet blir mycket höga för en kommun av Alingsås storlek och "
               "kan inte bäras av VA-taxan utan stora höjningar.",
               "Producentansvaret för läkemedel och kosmetika bör genomföras så att det täcker så stor del av "
               "kostnaderna för rening av mikroföroreningar som möjligt, och gäller även för mindre verk som "
               "får krav från länsstyrelsen.",
               "Kriterierna för när ett vatten ska anses känsligt måste vara tydliga och lika i hela landet.",
               "Kraven på energineutralitet bör kunna uppfyllas gemensamt av flera verk och med hjälp av "
               "förnybar energi som produceras på annan plats.",
               "Staten bör ta fram vägledning och ett samlat stöd till små och medelstora kommuner."]),
    ("h1", "Kostnader"),
    ("p", "Alingsås Vatten och Avlopp har gjort en första bedömning av vad direktivet kan kosta om "
          "länsstyrelsen ställer krav på rening av mikroföroreningar vid Sävelången. En utbyggnad med "
          "ozonering eller aktivt kol beräknas kosta mellan 180 och 250 miljoner kronor i investering och "
          "omkring 6 miljoner kronor per år i drift."),
    ("p", "Om kostnaden ska bäras av VA-kollektivet skulle VA-taxan behöva höjas med omkring 25 procent, "
          "utöver de höjningar som redan är planerade för förnyelse av ledningsnätet. För en normalvilla "
          "motsvarar det ungefär 2 400 kr mer per år."),
    ("h1", "Producentansvaret"),
    ("p", "Direktivet innebär att tillverkare av läkemedel och kosmetika ska stå för minst 80 procent av "
          "kostnaderna för den extra rening som behövs för att ta bort mikroföroreningar. Kommunen välkomnar "
          "principen men ser en risk att den i praktiken bara kommer de största verken till del. Vi anser "
          "att producentansvaret ska gälla fullt ut också när länsstyrelsen ställer krav på ett mindre verk "
          "på grund av att recipienten är känslig."),
    ("h1", "Känsliga vatten"),
    ("p", "Säveån är ett viktigt vattendrag för lax och havsöring och är utpekad som Natura 2000-område. Ån "
          "används dessutom för dricksvattenförsörjning längre nedströms. Kommunen bedömer därför att det är "
          "troligt att länsstyrelsen kommer att ställa krav på Sävelången. För att kommunerna ska kunna planera "
          "sina investeringar behöver kriterierna vara kända i god tid, senast 2027."),
    ("h1", "Energineutralitet"),
    ("p", "Reningsverket vid Sävelången använder i dag omkring 2,1 GWh el per år och producerar biogas "
          "motsvarande ungefär 1,4 GWh. Kommunen anser att kraven på energineutralitet på nationell nivå bör "
          "kunna uppfyllas genom att flera verk samverkar och genom att förnybar el från kommunens egna "
          "solcellsanläggningar får räknas in."),
    ("h1", "Behov av stöd"),
    ("p", "Små och medelstora kommuner har inte samma möjligheter som storstäderna att utreda tekniska "
          "lösningar. Kommunen föreslår att Havs- och vattenmyndigheten och Naturvårdsverket tar fram en "
          "gemensam vägledning och att staten inrättar ett investeringsstöd för rening av mikroföroreningar "
          "vid verk som inte omfattas av producentansvaret fullt ut."),
    ("h1", "Kontakt"),
    ("p", "Frågor om synpunkterna besvaras av Alingsås Vatten och Avlopp genom processingenjör Viktor Hallberg "
          "och av EU-strategen på kommunledningskontoret."),
]


# ---------------------------------------------------------------------------------------------
# P5. Mänskliga rättigheternas dag 2025 – sammanställning – svenska, .pdf
# ---------------------------------------------------------------------------------------------

MRDAG2025 = [
    ("title", "Mänskliga rättigheternas dag 2025 – sammanställning av skolornas redovisningar"),
    ("p", "Barn- och ungdomsförvaltningen, Alingsås kommun. Sammanställd av utvecklingsledaren för demokrati "
          "och värdegrund i januari 2026. Underlag till barn- och ungdomsnämndens sammanträde i februari 2026."),
    ("h1", "Inledning"),
    ("p", "Den 10 december 2025 uppmärksammade kommunens skolor FN:s internationella dag för mänskliga "
          "rättigheter för andra året. Temat var rätten till utbildning, med utgångspunkt i artikel 26 i den "
          "allmänna förklaringen om de mänskliga rättigheterna och artikel 28 i barnkonventionen."),
    ("p", "Sammanställningen bygger på de redovisningar som skolornas samordnare skickade in efter dagen. "
          "Av de tolv kommunala skolor som deltog skickade alla utom en in en redovisning."),
    ("h1", "Deltagande"),
    ("p", "Elva av kommunens fjorton kommunala grundskolor deltog, liksom Alströmergymnasiet. Dessutom deltog "
          "två fristående skolor, som beställde materialet men inte kunde söka pengar till föreläsare. "
          "Sammanlagt omfattade aktiviteterna omkring 4 100 elever."),
    ("p", "De tre kommunala grundskolor som inte deltog angav som skäl att dagen krockade med andra "
          "planerade aktiviteter, till exempel nationella prov i gymnasiet och luciafirande. En av dem har "
          "meddelat att den deltar 2026."),
    ("h1", "Aktiviteter"),
    ("p", "De vanligaste aktiviteterna var:"),
    ("table", [["Aktivitet", "Antal skolor"],
               ["Lektioner med lärarhandledningen", "12"],
               ["Rättighetsvandring", "7"],
               ["Brev till politiker eller andra beslutsfattare", "5"],
               ["Föreläsning av inbjuden gäst", "6"],
               ["Filmvisning med samtal", "4"],
               ["Elevdebatt", "3"]]),
    ("p", "Eleverna i årskurs 7–9 skrev sammanlagt 214 brev, varav de flesta handlade om skolmiljön, "
          "skolskjutsar och möjligheten att påverka undervisningen. Barn- och ungdomsnämndens ordförande "
          "svarade på breven i ett gemensamt brev i januari 2026."),
    ("h1", "Pengar till föreläsare"),
    ("p", "Sex skolor sökte och fick pengar för att bjuda in föreläsare. Grundskolorna kunde 2025 söka upp "
          "till 4 000 kr och Alströmergymnasiet upp till 6 000 kr. Sammanlagt betalades 25 500 kr ut. "
          "Föreläsarna kom bland annat från FN-förbundet, Röda korset och en lokal förening för "
          "nyanlända ungdomar."),
    ("h1", "Vad tyckte eleverna och lärarna?"),
    ("p", "Samordnarna beskriver överlag dagen som lyckad. Det som uppskattades mest var att eleverna fick "
          "arbeta med frågor som rör deras egen vardag och att de fick svar från politikerna. Flera lärare "
          "efterfrågade mer material för de yngsta eleverna."),
    ("list", ["Lärarhandledningen fick i genomsnitt betyget 4,2 av 5.",
              "Nio av elva samordnare vill att dagen ska ha ett gemensamt tema även 2026.",
              "Fyra samordnare tyckte att tiden för förberedelser var för kort, eftersom materialet kom i "
              "mitten av november."]),
    ("h1", "Förändringar inför 2026"),
    ("p", "Utifrån redovisningarna har förvaltningen beslutat om följande förändringar inför 2026:"),
    ("olist", ["Materialet skickas ut i slutet av oktober i stället för i mitten av november.",
               "Beloppet som skolorna kan söka till föreläsare höjs till 5 000 kr för grundskolor och "
               "8 000 kr för Alströmergymnasiet.",
               "Ett särskilt material för förskoleklass till årskurs 3 tas fram, med sagan om "
               "Rättighetsräven.",
               "Ett panelsamtal med politiker och elever hålls på Alströmergymnasiet, dit klasser i "
               "årskurs 9 bjuds in."]),
    ("h1", "Kostnader 2025"),
    ("p", "Dagen kostade barn- och ungdomsförvaltningen sammanlagt 61 300 kr 2025: 25 500 kr till "
          "föreläsare, 22 800 kr för tryckt material och affischer och 13 000 kr för utbildning av "
          "rättighetsambassadörerna."),
]


# ---------------------------------------------------------------------------------------------
# P6. Nordic gender-equality network, annual conference 2026 – English, .pdf
# ---------------------------------------------------------------------------------------------

KOLDING = [
    ("title", "Equal welfare – from data to decisions. Annual conference of the Nordic Network for Gender-Equal Municipalities, Kolding, 16–17 September 2026"),
    ("p", "Invitation and programme. Published by the network secretariat at Kolding Municipality, 15 January 2026."),
    ("h1", "Welcome to Kolding"),
    ("p", "Kolding Municipality, which holds the chair of the network in 2025–2026, is pleased to invite all "
          "member municipalities to the network's annual conference. This year's conference is about how "
          "municipalities can use gender-disaggregated data to make better decisions about welfare services, "
          "from elderly care and schools to leisure and urban planning."),
    ("p", "The conference is held at Kolding Culture and Conference Centre, a ten-minute walk from Kolding "
          "railway station. The conference language is Scandinavian, and presentations by Finnish and "
          "Icelandic speakers are given in English."),
    ("h1", "Programme"),
    ("h2", "Wednesday 16 September"),
    ("table", [["Time", "Session"],
               ["10:00–10:30", "Registration and coffee"],
               ["10:30–11:00", "Welcome by the Mayor of Kolding and the chair of the network"],
               ["11:00–12:00", "Keynote: What the numbers do not show – gender data in municipal welfare"],
               ["12:00–13:00", "Lunch"],
               ["13:00–14:30", "Parallel sessions with the four working groups"],
               ["15:00–16:30", "Parallel workshops: gender-equal budgeting in practice; safety walks; equal access to leisure"],
               ["16:30–17:00", "Annual meeting of the network"],
               ["19:00", "Conference dinner"]]),
    ("h2", "Thursday 17 September"),
    ("table", [["Time", "Session"],
               ["09:00–10:00", "Panel: From data to decisions – experiences from five countries"],
               ["10:30–12:00", "Study tours in Kolding (three options, see below)"],
               ["12:00–13:00", "Lunch"],
               ["13:00–14:00", "Handover of the chair to the new chairing municipality, summary and farewell"]]),
    ("p", "The working group on gender-equal urban planning and safety in public space, led by Alingsås and "
          "Hämeenlinna, presents the results of the common method for safety walks during the workshop on "
          "Wednesday afternoon."),
    ("h2", "Study tours on Thursday"),
    ("list", ["A gender-equal schoolyard: a visit to a school where pupils helped redesign the playground",
              "Equal elderly care: how Kolding uses data on men's and women's use of home care",
              "A walk through the redeveloped harbour area, designed with the help of safety walks"]),
    ("p", "Participants choose their study tour when they register. Each study tour has room for at most 25 "
          "participants."),
    ("h1", "Registration and fees"),
    ("p", "Registration closes on 1 June 2026. Register through the network's website; each member "
          "municipality's contact person receives the registration link by e-mail."),
    ("table", [["Participant", "Conference fee"],
               ["Up to three participants per member municipality", "Free of charge"],
               ["Additional participants from member municipalities", "EUR 250"],
               ["Participants from non-member organisations", "EUR 450"]]),
    ("p", "The fee includes lunches, coffee, the conference dinner and the study tours. Travel and "
          "accommodation are not included."),
    ("h2", "Cancellation"),
    ("p", "Registrations can be cancelled free of charge until 1 August 2026. After that, paying participants "
          "are charged the full fee. A free place can be transferred to a colleague from the same municipality "
          "at any time by informing the secretariat."),
    ("h1", "Accommodation"),
    ("p", "A block of rooms has been reserved at two hotels near the conference centre at a conference rate of "
          "DKK 1,195 per room and night, including breakfast. Rooms must be booked by 15 July 2026 using the "
          "code NORDLIGE26; after that date the rooms are released."),
    ("h1", "Travel"),
    ("p", "Kolding is on the main railway line between Copenhagen and Jutland. The train from Copenhagen Airport "
          "to Kolding takes about two hours. From western Sweden, the train via Göteborg and Copenhagen takes "
          "about six hours. Billund Airport is about 40 kilometres from Kolding, with a bus connection."),
    ("h1", "Annual meeting"),
    ("p", "The network's annual meeting is held on Wednesday afternoon. Each member municipality has one vote. "
          "The annual meeting elects the next chairing municipality for 2027–2028, approves the accounts for "
          "2025 and decides on the membership fees for 2027. Proposals to the annual meeting must reach the "
          "secretariat by 15 August 2026."),
]


# ---------------------------------------------------------------------------------------------
# Further sections, placed before the heading they name (None: at the end)
# ---------------------------------------------------------------------------------------------

def insert_before(blocks, heading, new):
    if heading is None:
        blocks.extend(new)
        return
    index = next(i for i, (kind, value) in enumerate(blocks) if kind in ("h1", "h2") and value == heading)
    blocks[index:index] = new


insert_before(REKRYTERING, None, [
    ("h1", "13. Checklista för de första veckorna"),
    ("p", "HR-specialisten går igenom checklistan med den nyanställde under den första veckan. Punkterna "
          "gäller den som flyttar till Sverige från ett annat land."),
    ("olist", ["Anmäl flytten till Skatteverket för folkbokföring och personnummer. Ta med pass och "
               "anställningsavtal till Skatteverkets servicekontor.",
               "Ansök om svensk id-handling hos Skatteverket när personnumret har kommit.",
               "Öppna ett svenskt bankkonto för lönen. Fram till dess kan lönen betalas till ett konto i "
               "hemlandet.",
               "Anmäl dig till Försäkringskassan om du har barn som flyttar med.",
               "Välj vårdcentral och tandvård.",
               "Boka tid för introduktion i verksamhetssystemet och för utlämning av dator och telefon."]),
    ("p", "Det kan ta två till sex veckor att få personnummer. Under den tiden ordnar HR-avdelningen ett "
          "tillfälligt lönenummer så att lönen kan betalas ut som vanligt."),
    ("h1", "14. Vanliga frågor"),
    ("h2", "Kan man få flyttstödet i förskott?"),
    ("p", "Nej. Flyttstödet betalas ut i efterskott mot kvitto, tillsammans med lönen månaden efter att "
          "kvittona har lämnats in till HR-specialisten. Kvitton ska lämnas in inom tre månader från "
          "anställningens början."),
    ("h2", "Vad händer om Socialstyrelsen inte godkänner utbildningen?"),
    ("p", "Om Socialstyrelsens bevis inte beviljas kan personen inte anställas för att handlägga ärenden om "
          "barn och unga, och det villkorade erbjudandet för en sådan tjänst återkallas. HR-specialisten och "
          "enhetschefen undersöker då om det finns en annan tjänst, till exempel på vuxenenheten, som "
          "personen kan erbjudas i stället."),
    ("h2", "Gäller riktlinjen svenskar som bor utomlands?"),
    ("p", "Ja. Flyttstödet gäller också svenska medborgare som flyttar hem till Sverige från ett annat land "
          "för att börja arbeta som socialsekreterare i Alingsås. Den som redan bor i Sverige omfattas inte, "
          "oavsett medborgarskap."),
    ("h2", "Kan en medföljande partner få hjälp att hitta arbete?"),
    ("p", "Förvaltningen kan inte lova arbete åt en medföljande partner. HR-specialisten förmedlar däremot "
          "kontakt med kommunens rekryteringsenhet och med Arbetsförmedlingen, och partnern är välkommen att "
          "söka lediga tjänster i kommunen på samma villkor som andra."),
    ("h2", "Kan man arbeta på distans från hemlandet under introduktionen?"),
    ("p", "Nej. Introduktionen och arbetet som socialsekreterare förutsätter att medarbetaren finns på plats "
          "i Alingsås. Det gäller också under den första tiden med reducerad ärendemängd."),
])

insert_before(KISUMU, "Follow-up", [
    ("h1", "Practical information for the delegation"),
    ("p", "Weather: early May in western Sweden is usually cool, with daytime temperatures between 10 and "
          "18 °C and cold evenings. A warm jacket and rain clothes are recommended, especially for the boat "
          "trip on Lake Mjörn on Tuesday."),
    ("p", "Money: the currency in Sweden is the Swedish krona (SEK). Almost all shops, restaurants and taxis "
          "accept payment cards, and many do not accept cash at all. There is no need to exchange large "
          "amounts of cash."),
    ("p", "Internet: the guest wireless network in the City Hall and at the treatment plants is called "
          "Alingsas-Guest and does not need a password. The hotel has its own network."),
    ("p", "Emergencies: the emergency number in Sweden is 112 for police, ambulance and fire services. For "
          "medical advice that is not urgent, call 1177."),
    ("p", "Dress code: the programme is informal. Business attire is not required, except that the "
          "delegation may wish to dress up for the joint dinner on Thursday."),
    ("h1", "Questions from the delegation"),
    ("h2", "Can family members travel with the delegation?"),
    ("p", "No. The invitation letters are issued only for the eight members of the delegation and cover the "
          "period 3–10 May 2026. Family members cannot take part in the programme."),
    ("h2", "Can the delegation visit a school?"),
    ("p", "A school visit is not part of the programme, since the visit focuses on water and the environment. "
          "The visit coordinator has, however, arranged for the delegation to meet pupils from "
          "Alströmergymnasiet who measure water quality in Säveån as part of a science course, during the "
          "farm visit on Thursday."),
    ("h2", "Can members of the delegation stay longer in Sweden?"),
    ("p", "Members who wish to stay longer do so privately and at their own expense, and must make sure that "
          "their visa covers the extra days. The municipality does not arrange any programme after Friday 8 "
          "May."),
    ("h2", "Will the presentations be available afterwards?"),
    ("p", "Yes. All presentations will be collected by the visit coordinator and shared with the delegation "
          "through a shared folder within a week after the visit."),
])

insert_before(STADSSKOG, "Organisation", [
    ("h1", "Tidplan för Alingsås"),
    ("table", [["Tidpunkt", "Aktivitet"],
               ["Mars–juni 2026", "Inventering av natur- och friluftsvärden i Nolhagaskogen"],
               ["Maj–juni 2026", "Enkät till skogens besökare"],
               ["September 2026", "Workshop 2 i Alingsås"],
               ["Oktober 2026", "Skötselplan för hyggesfritt skogsbruk klar"],
               ["December 2026–februari 2027", "Första plockhuggningen i Nolhagaskogen"],
               ["Hösten 2027", "Uppföljning av besökarnas upplevelse efter huggningen"],
               ["November 2027", "Nordisk vägledning presenteras på slutkonferensen i Silkeborg"]]),
    ("p", "Under plockhuggningen kan vissa stigar i Nolhagaskogen vara avstängda under kortare perioder. "
          "Information sätts upp vid skogens entréer och publiceras på alingsas.se minst två veckor innan "
          "arbetet börjar."),
    ("h1", "Risker"),
    ("list", ["Stormskador eller granbarkborreangrepp kan göra att planerade åtgärder måste ändras. Skador "
              "hanteras enligt kommunens ordinarie skogsskötsel och kan redovisas som erfarenheter i projektet.",
              "Besökarna kan uppleva huggningen som negativ. Risken hanteras med tidig information och "
              "medborgardialog.",
              "Valutakursen mellan danska och svenska kronor kan göra Alingsås andel av bidraget större eller "
              "mindre i kronor räknat. Budgeten justeras i samband med halvårsrapporterna."]),
    ("h1", "Den nordiska vägledningen"),
    ("p", "Projektets viktigaste resultat är en gemensam nordisk vägledning om hyggesfritt skogsbruk i "
          "tätortsnära kommunal skog. Vägledningen skrivs på engelska och sammanfattas på svenska, finska, "
          "norska och danska. Silkeborg ansvarar för redigeringen, och varje partner bidrar med ett kapitel "
          "om erfarenheterna från sitt pilotområde."),
])

insert_before(KLARA, "Finansiering", [
    ("h1", "Bakgrund: Mjörns tillstånd"),
    ("p", "Mjörn har en yta på omkring 50 kvadratkilometer och ett största djup på 52 meter. Sjön ingår i "
          "Säveåns avrinningsområde, och vattnet rinner vidare genom Säveån mot Göteborg. Mjörn förser "
          "omkring 40 000 invånare i Alingsås med dricksvatten, och flera kommuner längs Säveån tar också "
          "sitt dricksvatten ur sjön."),
    ("p", "Vattenkvaliteten i Mjörn bedöms i dag som god, men trenden är negativ. Fosforhalterna i flera av "
          "tillflödena har ökat, och sedan 2018 har algblomning rapporterats nästan varje sensommar. "
          "Brunifieringen, alltså att vattnet blir brunare av humusämnen, gör också dricksvattenberedningen "
          "dyrare."),
    ("p", "De största källorna till fosfor som människan påverkar är läckage från åkermark och utsläpp från "
          "enskilda avlopp. Därför inriktas projektet på just dessa två källor."),
])

insert_before(KLARA, "Kommunikation", [
    ("h1", "Tidplan"),
    ("table", [["Tidpunkt", "Milstolpe"],
               ["Mars–april 2026", "Rekrytering av två miljöinspektörer på visstid"],
               ["Maj 2026", "Start för inventeringen av enskilda avlopp"],
               ["Augusti 2026", "Studieresa till Lohja"],
               ["Hösten 2026", "Första skyddszonerna anläggs"],
               ["2027-06-30", "Inventeringen av 400 enskilda avlopp klar"],
               ["September 2027", "Avslutande nordiskt seminarium i Alingsås"],
               ["2028-12-31", "Projektet avslutas"],
               ["2029-03-31", "Slutrapport till Länsstyrelsen"]]),
])

insert_before(EIB, "Vad är Europeiska investeringsbanken?", [
    ("h1", "Bakgrund: behovet av skolplatser"),
    ("p", "Alingsås växer. Enligt kommunens befolkningsprognos från 2025 väntas antalet elever i "
          "förskoleklass och grundskola öka från omkring 5 400 år 2025 till omkring 5 950 år 2030. Ökningen är "
          "störst i Noltorp, där omkring 900 nya bostäder planeras fram till 2032."),
    ("p", "Flera av kommunens skolor är dessutom byggda på 1960- och 1970-talen och behöver renoveras. "
          "Barn- och ungdomsnämnden har därför tagit fram en lokalförsörjningsplan, som ligger till grund "
          "för investeringsprogrammet Skolor och förskolor 2026–2029."),
    ("h1", "Alternativ som har prövats"),
    ("p", "Ekonomiavdelningen har jämfört tre sätt att finansiera investeringsprogrammet:"),
    ("list", ["Alternativ 1: Hela programmet finansieras med lån hos Kommuninvest, som i dag.",
              "Alternativ 2: Programmet finansieras med gröna lån hos Kommuninvest. Gröna lån ges till "
              "investeringar som uppfyller Kommuninvests miljökriterier och har något lägre ränta, men bara "
              "Noltorpsskolan och Ängaboskolan bedöms uppfylla kriterierna.",
              "Alternativ 3: Knappt hälften av programmet finansieras med lån från EIB och resten med "
              "Kommuninvest. Detta alternativ föreslås."]),
    ("p", "Alternativ 3 ger den lägsta räntekostnaden över lånets löptid och sprider dessutom kommunens "
          "upplåning på fler långivare, vilket minskar beroendet av en enda finansieringskälla."),
])

insert_before(EIB, "Kontakt", [
    ("h1", "Hur lånet påverkar kommunens ekonomi"),
    ("p", "Kommunens totala låneskuld var 2 140 miljoner kronor vid utgången av 2025. Med investeringsprogrammet "
          "väntas låneskulden öka till omkring 2 700 miljoner kronor 2029, oavsett hur programmet finansieras. "
          "Lånet från EIB ökar alltså inte låneskulden i sig, utan ersätter en del av den upplåning som "
          "annars skulle ha gjorts hos Kommuninvest."),
    ("p", "Räntekostnaderna för investeringsprogrammet belastar barn- och ungdomsnämnden genom internräntan "
          "i hyran för skollokalerna. Den lägre räntan på lånet från EIB kommer därför nämnden till del "
          "genom lägre hyror."),
    ("h1", "Samverkan och information"),
    ("p", "Ärendet har beretts i samråd med barn- och ungdomsförvaltningen och fastighetsavdelningen. "
          "Kommunens revisorer har informerats om ärendet. Kommuninvest har informerats om att kommunen "
          "avser att ta upp lånet och har inga invändningar."),
])

insert_before(AGUEDA, "Festival staff exchange", [
    ("h2", "The week in Águeda"),
    ("p", "The programme for the youth group in Águeda is planned by the Águeda Culture Division together "
          "with the leaders from Alingsås. The preliminary programme is:"),
    ("table", [["Day", "Programme"],
               ["Wednesday 8 July", "Flight to Porto, bus to Aveiro, welcome dinner at the hostel"],
               ["Thursday 9 July", "Guided tour of Águeda and the umbrella streets; meeting with the Águeda youth group"],
               ["Friday 10 July", "Joint workshops in music, dance and light technology"],
               ["Saturday 11 July", "Workshops and rehearsals; evening at the AgitÁgueda festival"],
               ["Sunday 12 July", "Day off: beach day at Costa Nova"],
               ["Monday 13 July", "Final rehearsal and joint performance on the festival's youth stage"],
               ["Tuesday 14 July", "Bus to Porto and flight home"]]),
    ("h2", "Advice for guardians"),
    ("p", "A meeting for guardians and participants is held at the School of Culture on 27 May 2026 at 18:00. "
          "The leaders go through the programme, the rules and the packing list."),
    ("list", ["All participants need a valid passport or national identity card.",
              "Allergies, special diets and medication must be reported to the leaders by 1 June 2026.",
              "We recommend no more than EUR 100 in pocket money for the whole week.",
              "Mobile phones may be used in free time, but not during workshops and rehearsals.",
              "The leaders can be reached by phone at all times during the trip; the numbers are given at the "
              "meeting for guardians."]),
])


insert_before(EIB, "Kontakt", [
    ("h1", "Hållbarhetsbedömning"),
    ("p", "Banken bedömer alla projekt utifrån sina krav på klimat och miljö. Investeringsprogrammet bedöms "
          "vara förenligt med Parisavtalet, eftersom de nya byggnaderna blir mycket energieffektiva och "
          "Ängaboskolans energianvändning väntas minska med omkring 40 procent efter renoveringen."),
    ("p", "Noltorpsskolan byggs med stomme av trä och ska certifieras enligt Miljöbyggnad nivå Silver. "
          "Stadsskogens förskola placeras så att befintliga ekar på tomten kan sparas, och gården utformas "
          "tillsammans med förskolans blivande personal."),
    ("h1", "Frågor och svar"),
    ("h2", "Varför lånar kommunen i euro när kostnaderna är i kronor?"),
    ("p", "Europeiska investeringsbanken lånar ut i euro, och räntan är lägst i euro. Genom valutaswappar "
          "omvandlas både lånebeloppet och räntebetalningarna till kronor, så kommunen betalar i praktiken en "
          "fast eller rörlig kronränta och påverkas inte av växelkursen."),
    ("h2", "Kan kommunen lösa lånet i förtid?"),
    ("p", "Ja, men om räntan är fast kan banken ta ut en ersättning för förtida inlösen som motsvarar bankens "
          "ränteförlust. Lån med rörlig ränta kan lösas på en räntebytesdag utan ersättning."),
    ("h2", "Har andra svenska kommuner lånat från EIB?"),
    ("p", "Ja. Flera större svenska kommuner och regioner har tagit direkta lån från banken, främst för "
          "kollektivtrafik, sjukhus och bostäder. Mindre kommuner har oftare fått del av EIB-finansiering "
          "indirekt genom Kommuninvest, som har lånat från banken."),
])

insert_before(AGUEDA, "Festival staff exchange", [
    ("h2", "Hosting the Águeda group in Alingsås"),
    ("p", "The Águeda group, with up to 14 young people and three leaders, visits Alingsås from 26 October to "
          "1 November 2026, during the opening week of Lights in Alingsås. The group stays at Alingsås "
          "folkhögskola, where it has its own corridor and a common room. Breakfast and dinner are served at "
          "the folkhögskola, and lunch is eaten at the School of Culture."),
    ("p", "The programme in Alingsås includes joint workshops at the School of Culture, a guided walk "
          "through the light installations with one of the lighting designers, a visit to Göteborg on the "
          "Saturday and a joint performance at the opening of the festival's youth evening on Thursday 29 "
          "October."),
    ("p", "Young people in the Alingsås group are expected to take part in the programme when the Águeda "
          "group visits, including some evenings. The School of Culture plans the week so that it interferes "
          "as little as possible with school, and the autumn break (week 44) falls in the middle of the "
          "visit."),
])

insert_before(AGUEDA, "Evaluation", [
    ("h1", "Safety"),
    ("p", "The leaders carry a first-aid kit and a list of the participants' allergies and medication during "
          "the whole trip. In the event of an emergency in Portugal, the leaders call the European emergency "
          "number 112 and then the on-call officer at the Department of Culture and Leisure, who informs the "
          "guardians."),
    ("p", "Before departure, the Department of Culture and Leisure checks the travel advice of the Swedish "
          "Ministry for Foreign Affairs. If the ministry advises against travel to the area, the trip is "
          "cancelled or postponed, and the participants' personal contributions are refunded."),
])

insert_before(KLARA, "Organisation", [
    ("h1", "Arbetspaket 5: Kommunikation och dialog"),
    ("p", "Projektet ska göra det lätt för boende och lantbrukare att förstå varför åtgärderna behövs och vad "
          "de själva kan göra. Kommunikationen riktar sig till tre grupper: fastighetsägare med enskilt avlopp, "
          "lantbrukare och markägare längs tillflödena samt allmänheten som använder sjön."),
    ("list", ["Information till fastighetsägare inför inventeringen, på alingsas.se och i brev",
              "Två öppna möten per år för boende runt Mjörn",
              "Individuell rådgivning till lantbrukare om näringsläckage, i samarbete med "
              "Hushållningssällskapet",
              "En utställning om Mjörn i biblioteket sommaren 2027",
              "Mätdata om vattenkvaliteten publiceras på kommunens webbplats två gånger per år"]),
    ("h1", "Risker och hantering"),
    ("table", [["Risk", "Hantering"],
               ["För få lantbrukare vill anlägga skyddszoner", "Tidig dialog via LRF och Hushållningssällskapet, ersättning per hektar"],
               ["Svårt att rekrytera miljöinspektörer på visstid", "Rekrytering startar direkt efter beslutet om stöd; inhyrd personal som reserv"],
               ["Väder försenar anläggningsarbeten", "Buffert i tidplanen, arbeten under torra perioder"],
               ["Stöd betalas ut senare än beräknat", "Likviditetsplan med ekonomiavdelningen"]]),
])

insert_before(KISUMU, "Communication", [
    ("h2", "Guidance for presenters"),
    ("p", "Presentations should be short, practical and in plain English. Each presentation should take at "
          "most 20 minutes and leave at least as much time for questions and discussion. Avoid Swedish "
          "abbreviations, and explain the role of national agencies that the delegation may not know."),
    ("p", "The delegation is especially interested in costs: how much a measure costs, who pays for it and "
          "how it is financed. Presenters are encouraged to give concrete figures where possible."),
])

insert_before(STADSSKOG, "Budget för Alingsås del", [
    ("h2", "Metoden för medborgardialog"),
    ("p", "Metoden för medborgardialog om skogsskötsel som Alingsås tar fram har tre steg. I det första "
          "steget får skogens besökare svara på en enkät om hur de använder skogen och vad de värdesätter. "
          "I det andra steget bjuds besökare och närboende in till en skogsvandring, där de får se och "
          "diskutera konkreta förslag på vilka träd som ska tas bort och varför. I det tredje steget "
          "redovisar kommunen hur synpunkterna har påverkat skötselplanen."),
    ("p", "Metoden prövas i alla fyra partnerkommunerna under 2026 och 2027, och erfarenheterna samlas i "
          "ett eget kapitel i den nordiska vägledningen."),
])


insert_before(KISUMU, "Objectives of the visit", [
    ("h2", "Alingsås and its water in brief"),
    ("p", "Alingsås Municipality has about 42,000 inhabitants and lies 45 kilometres north-east of Göteborg. "
          "Drinking water for the town is taken from Lake Mjörn and treated at the municipal drinking-water "
          "plant, which produces on average about 11,000 cubic metres of water per day. Wastewater from the "
          "town and two larger villages is treated at the wastewater treatment plant at Sävelången, which is "
          "designed for about 38,000 person equivalents."),
    ("p", "About 3,500 properties in the rural parts of the municipality are not connected to the municipal "
          "sewage network and have private sewage systems. The municipality's environmental health unit "
          "supervises these systems, and about 1,100 of them are located around Lake Mjörn."),
    ("p", "Water and sewage services are run by Alingsås Water and Sewage (Alingsås Vatten och Avlopp), which "
          "is financed entirely by the water and sewage charges paid by connected households and businesses, "
          "not by taxes."),
])

insert_before(KLARA, "Arbetspaket 4: Nordiskt erfarenhetsutbyte", [
    ("h2", "Rådgivning till lantbrukare"),
    ("p", "Rådgivningen till lantbrukare genomförs av Hushållningssällskapet på uppdrag av projektet. Varje "
          "lantbrukare som deltar får ett gårdsbesök med en genomgång av gödsling, växtföljd och risken för "
          "näringsläckage från de fält som ligger närmast vattendragen. Efter besöket får lantbrukaren en "
          "skriftlig åtgärdsplan. Rådgivningen är kostnadsfri för lantbrukaren."),
    ("p", "Lantbrukare som anlägger skyddszoner inom projektet förbinder sig att behålla dem under hela "
          "projekttiden och att inte gödsla eller bespruta dem. Ersättningen på 4 000 kr per hektar och år "
          "betalas ut i december varje år, efter att projektledaren har kontrollerat zonerna."),
])

insert_before(STADSSKOG, None, [
    ("h2", "Får skolor använda Nolhagaskogen under projektet?"),
    ("p", "Ja. Skolornas utomhusundervisning kan fortsätta som vanligt. Under plockhuggningen vintern "
          "2026–2027 kan vissa delar av skogen vara avstängda, och skolorna informeras i förväg av "
          "skogsförvaltaren. Projektet vill gärna att skolklasser deltar i enkäten och skogsvandringarna."),
    ("h2", "Vem äger virket som avverkas?"),
    ("p", "Virket ägs av kommunen och säljs av kommunens skogsförvaltning. Intäkterna går inte till projektet "
          "utan till den ordinarie skogsförvaltningen."),
])

insert_before(AGUEDA, "Evaluation", [
    ("h1", "Communication and photos"),
    ("p", "Both municipalities will tell residents about the exchange in their own channels. Photos and films "
          "of the young people may only be published with the written consent of the participant and, for "
          "participants under 18, of a guardian. The consent form is handed out at the meeting for guardians. "
          "A participant who does not want to be photographed can say so at any time."),
    ("p", "The School of Culture will publish a short film about the exchange after the visit to Águeda. The "
          "film is made by two participants from the light and stage technology group, supported by one of "
          "the leaders."),
])


insert_before(RURALREPORT, "Next steps in 2026", [
    ("h1", "How progress is measured"),
    ("p", "The municipality follows up its commitments with a small set of indicators, which will be "
          "reported every year on the Rural Pact platform:"),
    ("table", [["Indicator", "Baseline 2025", "Target"],
               ["Share of major decisions with a completed rural proofing checklist", "Trial on 6 decisions", "100 percent from 2026"],
               ["Number of village dialogue meetings per year", "7", "At least 10"],
               ["Participants in village dialogues per year", "About 240", "At least 300"],
               ["Number of open service points in the villages", "0", "2 by the end of 2027"]]),
    ("p", "The indicators were discussed with the Rural Council, which asked that the municipality also report "
          "how many of the residents' questions at village dialogues led to a concrete measure. This will be "
          "added from 2026."),
])

insert_before(AGUEDA, "What the exchange includes", [
    ("h2", "About AgitÁgueda"),
    ("p", "AgitÁgueda is Águeda's summer arts festival, held every July since 2006. It combines concerts, "
          "street art and workshops, and its best-known feature is the Umbrella Sky Project, which began in "
          "2012. The festival is organised by the Municipality of Águeda, and most events are free of charge. "
          "It attracts several hundred thousand visitors over the festival weeks."),
])

insert_before(WORKSHOP, "Contact", [
    ("h1", "Safety on the field day"),
    ("p", "The field day takes place in a managed forest. The marking exercise is only a simulation: no trees "
          "are felled during the workshop. Participants should stay on the paths and follow the instructions "
          "of the forest manager. The forestry contractor will demonstrate its machine at a safe distance, and "
          "participants may not go closer than 50 metres to a working machine."),
    ("p", "If the weather is very bad, the afternoon programme is moved indoors to Nolhaga Castle, and the "
          "marking exercise is replaced by a presentation with photos from the pilot area."),
])


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(REKRYTERING, folder / "rekrytering-socialsekreterare.docx")
    write_docx(KISUMU, folder / "kisumu-study-visit-2026.docx")
    write_docx(STADSSKOG, folder / "stadsskogar-i-norden-projektplan.docx")
    write_pdf(KLARA, folder / "klara-sjoar-mjorn.pdf",
              "Alingsås kommun – Klara sjöar, projektbeskrivning i sammandrag", "Sida")
    write_pdf(EIB, folder / "eib-lan-skolor-forskolor.pdf",
              "Alingsås kommun – Tjänsteskrivelse KS 2025/0412", "Sida")
    write_pdf(AGUEDA, folder / "agueda-cultural-exchange.pdf",
              "Alingsås Municipality – Light and Umbrellas exchange plan", "Page")
    write_docx(WORKSHOP, folder / "urban-forests-workshop-2-alingsas.docx")
    write_pdf(RURALREPORT, folder / "rural-pact-progress-report-2025.pdf",
              "Alingsås Municipality – Rural Pact progress report 2025", "Page")
    write_docx(VATTENRAD, folder / "mjorns-vattenrad-verksamhetsplan-2026.docx")
    write_docx(AVLOPPSDIREKTIV, folder / "synpunkter-skr-avloppsdirektivet.docx")
    write_pdf(MRDAG2025, folder / "manskliga-rattigheternas-dag-2025-sammanstallning.pdf",
              "Alingsås kommun – Barn- och ungdomsförvaltningen", "Sida")
    write_pdf(KOLDING, folder / "nordic-network-annual-conference-2026.pdf",
              "Nordic Network for Gender-Equal Municipalities – Annual conference 2026", "Page")
    print(f"wrote 12 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
