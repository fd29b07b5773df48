"""Writes the Word and PDF documents of evaluation part tune-n into ./knowledge/.

FICTIONAL TEST CONTENT: the texts describe Alingsås kommun's work with EU rules and international matters
for an evaluation corpus. People, phone numbers, amounts, companies and internal rules are invented.

    /work/main/.venv/bin/python tests/eval/corpus/tune-n/make_docs.py

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
# D1. Drönare i kommunens verksamhet – svenska, .docx
# ---------------------------------------------------------------------------------------------

DRONARE = [
    ("title", "Riktlinje för drönare i kommunens verksamhet"),
    ("p", "Kommunledningskontoret, Alingsås kommun. Fastställd av kommundirektören 2026-03-09. Diarienummer "
          "KS 2026/0164. Gäller alla förvaltningar utom räddningstjänstens flygningar under pågående "
          "räddningsinsats, som följer räddningstjänstens egen insatsinstruktion."),
    ("h1", "1. Bakgrund"),
    ("p", "Kommunen använder drönare allt oftare: för att inspektera tak, broar och dagvattendammar, för att "
          "kartlägga grönytor och träd, för att ge räddningstjänsten en lägesbild och för att filma till "
          "kommunens webbplats och sociala medier. Sedan den 31 december 2020 styrs all drönarflygning i EU av "
          "gemensamma regler i förordningarna (EU) 2019/947 och (EU) 2019/945. I Sverige är Transportstyrelsen "
          "behörig myndighet."),
    ("p", "Riktlinjen beskriver vilka regler som gäller när kommunens medarbetare flyger drönare i tjänsten, "
          "vilka krav kommunen ställer utöver EU-reglerna och hur man blir drönarpilot i kommunen."),
    ("h1", "2. EU:s kategorier för drönarflygning"),
    ("p", "EU-reglerna delar in flygningar i tre kategorier efter risk: öppen, specifik och certifierad kategori. "
          "Nästan all kommunal flygning sker i den öppna kategorin, som har tre underkategorier. I den öppna "
          "kategorin får drönaren flyga högst 120 meter över marken och piloten ska alltid ha ögonkontakt med "
          "drönaren."),
    ("table", [["Underkategori", "Vad den innebär", "Krav på piloten"],
               ["A1 – över människor", "Drönare under 250 gram eller med klassmärkning C0 eller C1. Får flyga "
                                       "över enstaka människor men aldrig över folksamlingar.",
                "Drönarkort: onlineutbildning och onlineprov hos Transportstyrelsen"],
               ["A2 – nära människor", "Drönare med klassmärkning C2. Minst 30 meter från oinblandade "
                                       "människor, eller 5 meter i lågfartsläge.",
                "Drönarkort och kompetensbevis A2 (extra teoriprov och egen praktisk träning)"],
               ["A3 – långt från människor", "Tyngre drönare upp till 25 kg. Minst 150 meter från bostads-, "
                                             "industri- och rekreationsområden.",
                "Drönarkort: onlineutbildning och onlineprov hos Transportstyrelsen"]]),
    ("p", "Flygningar som inte ryms i den öppna kategorin, till exempel flygning utom synhåll längs en "
          "ledningsgata, kräver ett operativt tillstånd från Transportstyrelsen i den specifika kategorin. Sådana "
          "flygningar får bara göras av räddningstjänsten och av GIS-enheten efter beslut av drönarsamordnaren."),
    ("h1", "3. Kommunens egna krav"),
    ("p", "Utöver EU-reglerna gäller följande för all drönarflygning i kommunens verksamhet:"),
    ("list", ["Endast drönare som finns i kommunens drönarregister får användas. Privata drönare får inte "
              "användas i tjänsten.",
              "Piloten ska ha kompetensbevis A2, även när flygningen sker i underkategori A1 eller A3.",
              "Piloten ska ha klarat kommunens praktiska flygprov hos drönarsamordnaren.",
              "Varje flygning ska föras in i den digitala flygloggen inom 24 timmar.",
              "Flygning inom en kilometer från helikopterplattan vid Alingsås lasarett får bara ske efter kontakt "
              "med lasarettets helikoptersamordnare samma dag.",
              "Bilder och film där enskilda personer kan kännas igen får inte publiceras utan samtycke, och "
              "materialet ska raderas när ändamålet är uppnått."]),
    ("h2", "Operatörsregistrering och försäkring"),
    ("p", "Alingsås kommun är registrerad som en enda drönaroperatör hos Transportstyrelsen. Operatörsnumret "
          "ska sitta på alla kommunens drönare. Registreringen förnyas av drönarsamordnaren i januari varje år. "
          "Kommunens ansvarsförsäkring omfattar skador som drönare orsakar i tjänsten upp till 10 miljoner kronor "
          "per skada. Skador på själva drönaren betalas av den förvaltning som äger den."),
    ("h1", "4. Kommunens drönare"),
    ("p", "I mars 2026 har kommunen sex drönare, som ägs av tre förvaltningar. Drönarna bokas i kommunens "
          "bokningssystem på samma sätt som poolbilar."),
    ("table", [["Modell", "Antal", "Vikt och klass", "Ägs av"],
               ["DJI Mini 4 Pro", "3", "249 gram, C0", "Samhällsbyggnadsförvaltningen (2) och "
                                                       "kommunikationsenheten (1)"],
               ["DJI Mavic 3 Enterprise", "2", "915 gram, C2", "Räddningstjänsten och fastighetsenheten"],
               ["DJI Matrice 30T", "1", "3,8 kg, specifik kategori", "Räddningstjänsten"]]),
    ("p", "Kommunen har 14 utbildade drönarpiloter, varav sex inom räddningstjänsten."),
    ("h1", "5. Så blir du drönarpilot i kommunen"),
    ("olist", ["Prata med din chef. Chefen ansöker om pilotbehörighet hos drönarsamordnaren och anger varför "
               "verksamheten behöver en pilot.",
               "Ta drönarkortet hos Transportstyrelsen och därefter kompetensbevis A2.",
               "Gå kommunens praktiska utbildningsdag hos en extern utbildare. Dagen ordnas två gånger per år, i "
               "april och i september.",
               "Gör kommunens praktiska flygprov med drönarsamordnaren. Provet tar ungefär 90 minuter.",
               "Drönarsamordnaren för in dig i pilotregistret, och du får behörighet i bokningssystemet."]),
    ("p", "Förvaltningen betalar utbildning och prov. Kostnaden är cirka 1 800 kr per pilot inklusive den "
          "praktiska utbildningsdagen. Behörigheten gäller i tre år och förnyas genom ett nytt flygprov."),
    ("h1", "6. Före, under och efter en flygning"),
    ("olist", ["Boka drönaren i bokningssystemet senast två arbetsdagar före flygningen.",
               "Kontrollera luftrummet i LFV:s drönarkarta samma dag som du flyger.",
               "Kontrollera väder, batterier och att operatörsnumret sitter på drönaren.",
               "Informera fastighetsägare eller verksamhet som berörs, till exempel rektor om du flyger nära en "
               "skola.",
               "Flyg enligt kategorins regler och avbryt om människor kommer för nära.",
               "För in flygningen i flygloggen inom 24 timmar och rapportera tillbud till drönarsamordnaren."]),
    ("h1", "7. Frågor och svar"),
    ("h2", "Får en sommarvikarie flyga kommunens drönare?"),
    ("p", "Nej. Pilotbehörighet ges bara till tillsvidareanställda och till medarbetare som är anställda i minst "
          "sex månader."),
    ("h2", "Får en konsult flyga åt kommunen?"),
    ("p", "Ja, om konsulten är registrerad som egen operatör, har de behörigheter som flygningen kräver och kan "
          "visa en egen ansvarsförsäkring. Konsultens flygningar förs inte in i kommunens flyglogg."),
    ("h1", "8. Kontakt"),
    ("p", "Kommunens drönarsamordnare är GIS-ingenjören Viktor Almqvist på samhällsbyggnadsförvaltningen."),
]

# ---------------------------------------------------------------------------------------------
# D2. Sanktionskontroll – svenska, .docx
# ---------------------------------------------------------------------------------------------

SANKTIONER = [
    ("title", "Rutin för sanktionskontroll i upphandling, utbetalningar och bidrag"),
    ("p", "Upphandlingsenheten och ekonomienheten, kommunledningskontoret. Fastställd av ekonomichefen "
          "2025-12-01. Rutinen ersätter den tillfälliga instruktionen från april 2022."),
    ("h1", "Bakgrund"),
    ("p", "EU har beslutat om omfattande sanktioner mot Ryssland och andra länder. Sanktionerna gäller direkt "
          "för kommunen som för alla andra. Två delar är särskilt viktiga för en kommun:"),
    ("list", ["Förbudet mot offentliga kontrakt med Ryssland i artikel 5k i förordning (EU) nr 833/2014. "
              "Kommunen får inte tilldela eller fortsätta att fullgöra kontrakt med ryska medborgare, med "
              "företag som är etablerade i Ryssland eller med företag som till mer än 50 procent ägs av sådana "
              "personer eller företag. Förbudet gäller också underleverantörer och leverantörer som svarar för "
              "mer än 10 procent av kontraktets värde.",
              "Frysning av tillgångar. Kommunen får inte betala ut pengar eller på annat sätt ställa tillgångar "
              "till förfogande för personer, företag och organisationer som finns på EU:s sanktionslistor."]),
    ("p", "Den som bryter mot sanktionerna kan dömas enligt lagen om straff för vissa överträdelser av "
          "internationella sanktioner. Det gäller även om överträdelsen görs av misstag genom grov oaktsamhet."),
    ("h1", "När ska en kontroll göras?"),
    ("table", [["Situation", "Kontroll", "Ansvarig"],
               ["Upphandling enligt LOU", "Sanktionsförsäkran i anbudet och sökning i EU:s konsoliderade "
                                          "sanktionslista före tilldelning", "Upphandlaren"],
               ["Direktupphandling över 100 000 kr", "Sökning i EU:s konsoliderade sanktionslista före "
                                                     "beställning", "Beställaren"],
               ["Ny leverantör i leverantörsregistret", "Automatisk kontroll mot sanktionslistan när "
                                                        "leverantören läggs upp", "Ekonomienheten"],
               ["Bidrag till föreningar och företag från 20 000 kr", "Sökning på organisationen och dess "
                                                                      "firmatecknare", "Bidragshandläggaren"],
               ["Löpande avtal", "Årlig kontroll av alla avtalsleverantörer i mars", "Upphandlingsenheten"]]),
    ("p", "Direktupphandlingar upp till 100 000 kr och bidrag under 20 000 kr behöver inte kontrolleras "
          "manuellt, eftersom leverantören eller mottagaren ändå kontrolleras automatiskt i leverantörsregistret "
          "innan pengar betalas ut."),
    ("h1", "Sanktionsförsäkran"),
    ("p", "Alla anbudsgivare i upphandlingar enligt LOU ska lämna en sanktionsförsäkran. I försäkran intygar "
          "anbudsgivaren att varken den själv, dess ägare eller de underleverantörer som svarar för mer än 10 "
          "procent av kontraktets värde omfattas av förbudet i artikel 5k eller finns på EU:s sanktionslistor. "
          "Försäkran ska lämnas på nytt när ett avtal förlängs."),
    ("h1", "Om sökningen ger en träff"),
    ("olist", ["Stoppa beställningen, tilldelningen eller utbetalningen. Ingen betalning får göras medan "
               "träffen utreds.",
               "Kontakta upphandlingsjuristen samma dag. Skicka skärmbild på träffen och uppgifter om "
               "leverantören.",
               "Upphandlingsjuristen kontrollerar om träffen är korrekt, till exempel genom att jämföra "
               "födelsedatum, adress och organisationsnummer. De flesta träffar beror på namnlikhet.",
               "Om träffen bekräftas gör kommunjuristen anmälan till behörig myndighet och ekonomienheten spärrar "
               "leverantören i leverantörsregistret.",
               "Dokumentera kontrollen och beslutet i ärendet, även när träffen visar sig vara en namnlikhet."]),
    ("h1", "Resultat 2025"),
    ("p", "Under 2025 gjordes 1 240 kontroller av leverantörer och bidragsmottagare. Sökningarna gav tre "
          "träffar. Alla tre var namnlikheter, och ingen träff bekräftades. Den årliga kontrollen av "
          "avtalsleverantörerna i mars 2025 omfattade 412 leverantörer."),
    ("h1", "Frågor och svar"),
    ("h2", "Gäller förbudet också om ett ryskt företag bara levererar en liten del?"),
    ("p", "Förbudet gäller underleverantörer och leverantörer som svarar för mer än 10 procent av kontraktets "
          "värde. En mindre leverans från ett ryskt företag är inte förbjuden enligt artikel 5k, men varorna kan "
          "ändå omfattas av andra importförbud. Fråga upphandlingsjuristen."),
    ("h2", "Var söker jag?"),
    ("p", "Använd EU:s konsoliderade förteckning över finansiella sanktioner, som är fri att använda. Sökningen "
          "kan också göras i EU:s sanktionskarta. Kommunen har ingen egen söktjänst."),
    ("h2", "Vem svarar på frågor?"),
    ("p", "Upphandlingsjuristen Malin Eskilsson svarar på frågor om rutinen och om enskilda träffar."),
]

# ---------------------------------------------------------------------------------------------
# D3. Foreign subsidies and the International Procurement Instrument – English, .docx
# ---------------------------------------------------------------------------------------------

FSR = [
    ("title", "Foreign subsidies and third-country bidders in large procurements"),
    ("p", "Memo from the Procurement Unit to the Municipal Executive Board's working committee, 14 April 2026. "
          "Reference KS 2026/0231. Prepared for the procurement of the new Nolhaga indoor arena."),
    ("h1", "Why this memo"),
    ("p", "The municipality will procure the new Nolhaga indoor arena in 2026–2027. The estimated contract "
          "value is SEK 480 million, which is about EUR 42 million. It will be the largest works contract in "
          "the municipality's history. Two EU instruments against unfair competition from outside the EU have "
          "been raised in the committee: the Foreign Subsidies Regulation and the International Procurement "
          "Instrument. This memo explains whether they apply and what the Procurement Unit will do."),
    ("h1", "The Foreign Subsidies Regulation (FSR)"),
    ("p", "Regulation (EU) 2022/2560 on foreign subsidies distorting the internal market applies to public "
          "procurement from 12 October 2023. A bidder must notify the contracting authority of foreign financial "
          "contributions when two conditions are met: the estimated value of the contract is at least EUR 250 "
          "million, and the bidder, together with its subsidiaries and main subcontractors, has received at least "
          "EUR 4 million in foreign financial contributions from one non-EU country in the three previous years."),
    ("p", "The contracting authority forwards the notification to the European Commission, which carries out "
          "the review. The contract may not be awarded to the bidder while the review is ongoing."),
    ("p", "The Nolhaga arena is far below the EUR 250 million threshold, so no bidder will have to notify. The "
          "Commission may still review a procurement on its own initiative, but the Procurement Unit considers "
          "this unlikely for a contract of this size."),
    ("h1", "The International Procurement Instrument (IPI)"),
    ("p", "Regulation (EU) 2022/1031 allows the Commission to limit access to EU public procurement for "
          "companies and goods from a country that restricts EU companies' access to its own procurement. An IPI "
          "measure only applies to contracts above the thresholds set in the measure, at least EUR 15 million "
          "for works and concessions and EUR 5 million for goods and services."),
    ("p", "The first IPI measure was adopted in June 2025 and concerns medical devices from China. In "
          "procurements of medical devices with an estimated value of at least EUR 5 million, Chinese bidders "
          "are excluded and the share of Chinese inputs in a tender is limited to 50 percent."),
    ("p", "The measure does not affect the arena. It could in principle affect the framework agreement for "
          "assistive devices in elderly care, but that agreement is estimated at EUR 3.1 million and is "
          "therefore below the threshold."),
    ("h1", "Summary"),
    ("table", [["Instrument", "Threshold", "What it means", "Nolhaga arena"],
               ["Foreign Subsidies Regulation", "EUR 250 million contract value and EUR 4 million in foreign "
                                               "contributions", "Bidders must notify; the Commission reviews",
                "Does not apply"],
               ["International Procurement Instrument", "Set in each measure; at least EUR 15 million for "
                                                        "works, EUR 5 million for goods and services",
                "Exclusion of bidders or limits on inputs from the targeted country", "No measure for works"],
               ["Bidders from countries without an agreement", "No threshold",
                "No guaranteed right to take part in EU procurement", "May be excluded or treated as other "
                                                                       "bidders"]]),
    ("h1", "Bidders from countries without a trade agreement"),
    ("p", "In October 2024 the Court of Justice of the EU ruled in case C-652/22 (Kolin) that companies from a "
          "non-EU country that has no agreement with the EU on public procurement cannot rely on the EU "
          "procurement directives. The contracting authority may decide whether to admit such bidders and may "
          "treat them differently, for example by adjusting the evaluation. Companies from countries that have "
          "signed the WTO Government Procurement Agreement (GPA), such as the United Kingdom, Norway, "
          "Switzerland, the United States and Japan, have the same rights as EU companies in procurements "
          "covered by the agreement."),
    ("h1", "What the Procurement Unit will do"),
    ("olist", ["Check the Commission's list of IPI measures at the start of every procurement above EUR 5 "
               "million.",
               "Include a question in the tender form on the bidder's country of establishment and on main "
               "subcontractors outside the EU/EEA.",
               "For the Nolhaga arena: admit bidders from GPA countries and from the EU/EEA; decide on other "
               "bidders case by case together with the municipal lawyer.",
               "Report to the working committee if a bidder from a country without an agreement submits a "
               "tender.",
               "Update the procurement guidelines before 1 October 2026."]),
    ("h1", "Timetable for the arena procurement"),
    ("p", "The contract notice is planned for 15 September 2026, with a tender deadline of 30 November 2026. "
          "The award decision is planned for February 2027 and construction should start in May 2027. The arena "
          "is expected to open in August 2029."),
    ("p", "Contact: Head of Procurement Jonas Wiklander."),
]

# ---------------------------------------------------------------------------------------------
# D4. Uppföljningsrapporter vid internationella adoptioner – svenska, .docx
# ---------------------------------------------------------------------------------------------

ADOPTION = [
    ("title", "Uppföljningsrapporter efter internationella adoptioner – rutin för familjerätten"),
    ("p", "Socialförvaltningen, familjerättsenheten. Fastställd av enhetschefen 2025-09-15. Rutinen gäller "
          "rapporter som ursprungsländer begär efter att ett barn har adopterats till en familj i Alingsås."),
    ("h1", "Bakgrund"),
    ("p", "Många länder som adopterar barn till Sverige kräver att familjen efter adoptionen skickar "
          "uppföljningsrapporter om hur barnet har det. Rapporterna skrivs av socialtjänsten i den kommun där "
          "familjen bor och skickas till ursprungslandet genom den auktoriserade adoptionsorganisation som har "
          "förmedlat adoptionen. Myndigheten för familjerätt och föräldraskapsstöd (MFoF) har tillsyn över "
          "adoptionsorganisationerna."),
    ("p", "Rapporterna är viktiga för förtroendet mellan länderna. Om rapporter uteblir kan ursprungslandet "
          "stoppa eller begränsa adoptioner till Sverige."),
    ("h1", "Ansvar"),
    ("list", ["Familjerättssekreteraren ansvarar för hembesöket och skriver rapporten.",
              "Enhetschefen för familjerätten godkänner rapporten innan den skickas.",
              "Adoptionsorganisationen påminner familjen och kommunen, översätter rapporten och skickar den "
              "vidare till ursprungslandet.",
              "Föräldrarna ansvarar för att bifoga de fotografier och eventuella läkarintyg som landet kräver."]),
    ("h1", "Antal rapporter per land"),
    ("p", "Kraven skiljer sig mellan länderna. Tabellen visar kraven för de länder som familjer i Alingsås har "
          "adopterat från de senaste fem åren, enligt adoptionsorganisationernas besked i januari 2026."),
    ("table", [["Land", "Antal rapporter", "När", "Särskilda krav"],
               ["Colombia", "4", "Var sjätte månad under två år", "Fotografier från vardagen, minst sex"],
               ["Sydafrika", "2", "Efter 6 och 12 månader", "Intyg från förskola eller skola"],
               ["Filippinerna", "3", "Efter 3, 6 och 12 månader", "Den första rapporten skrivs innan adoptionen "
                                                                    "är slutlig"],
               ["Taiwan", "3", "Efter 6, 12 och 24 månader", "Läkarintyg i den första rapporten"],
               ["Vietnam", "6", "Var sjätte månad under tre år", "Rapporten ska vara på engelska"]]),
    ("h1", "Så skrivs en uppföljningsrapport"),
    ("olist", ["Adoptionsorganisationen skickar en påminnelse till familjen och familjerätten ungefär åtta "
               "veckor innan rapporten ska vara klar.",
               "Familjerättssekreteraren bokar ett hembesök med familjen. Barnet ska vara hemma vid besöket.",
               "Rapporten skrivs i kommunens mall inom tre veckor efter hembesöket.",
               "Föräldrarna läser rapporten och skriver under att de har tagit del av den.",
               "Enhetschefen godkänner rapporten.",
               "Rapporten skickas till adoptionsorganisationen, som översätter den och skickar den till "
               "ursprungslandet."]),
    ("h1", "Kostnader"),
    ("p", "Familjen betalar ingenting till kommunen för uppföljningsrapporterna. Översättningen betalas av "
          "familjen genom adoptionsorganisationens avgifter. Om ursprungslandet kräver ett läkarintyg betalar "
          "familjen läkarbesöket enligt regionens vanliga patientavgift."),
    ("h1", "Om familjen flyttar"),
    ("p", "Om familjen flyttar till en annan kommun tar den nya kommunen över ansvaret för rapporterna. "
          "Familjerätten i Alingsås skickar en kopia av tidigare rapporter till den nya kommunen, om föräldrarna "
          "samtycker. Om familjen flyttar utomlands skrivs inga fler rapporter av kommunen; adoptionsorganisationen "
          "hjälper då familjen att hitta en annan lösning."),
    ("h1", "Medgivandeutredning och föräldrautbildning"),
    ("p", "Den som vill adoptera ett barn från ett annat land ansöker först om medgivande hos socialnämnden. "
          "Innan utredningen startar ska de blivande föräldrarna ha gått en föräldrautbildning. Utbildningen ges "
          "tillsammans med fem andra kommuner i Göteborgsregionen, omfattar sju träffar och är kostnadsfri. "
          "Medgivandeutredningen tar normalt fyra till sex månader."),
    ("h1", "Statistik"),
    ("p", "Under 2025 skrev familjerätten elva uppföljningsrapporter för sex familjer. Under 2024 skrevs nio "
          "rapporter. Två ansökningar om medgivande kom in under 2025."),
    ("h1", "Frågor och svar"),
    ("h2", "Kan en familj vägra att ta emot hembesök?"),
    ("p", "Familjen har lovat ursprungslandet att rapporterna ska skrivas. Om familjen inte vill ta emot besök "
          "kontaktar familjerättssekreteraren adoptionsorganisationen, som talar med familjen. Kommunen kan inte "
          "tvinga fram ett besök."),
    ("h2", "Vem kontaktar jag?"),
    ("p", "Familjerättssekreterare Annika Ström handlägger uppföljningsrapporterna och svarar på frågor."),
]

# ---------------------------------------------------------------------------------------------
# D5. Seconded National Experts – English, .docx
# ---------------------------------------------------------------------------------------------

SNE = [
    ("title", "Working as a Seconded National Expert at an EU institution – HR guideline"),
    ("p", "Human Resources, Alingsås Municipality. Adopted by the HR Director on 2 February 2026. Applies to all "
          "employees who want to work for a period at the European Commission or another EU institution while "
          "remaining employed by the municipality."),
    ("h1", "What is a Seconded National Expert?"),
    ("p", "A Seconded National Expert (SNE) is a civil servant from a national, regional or local public "
          "administration who works at an EU institution for a limited period. The expert brings knowledge from "
          "the home administration and takes home knowledge of EU policy and networks. The employer continues to "
          "pay the salary during the secondment."),
    ("p", "A secondment lasts at least six months and at most four years. It may be extended, but the total "
          "period may not exceed six years. Most secondments to the Commission last two years."),
    ("h2", "Requirements"),
    ("list", ["at least three years of full-time experience in administrative, scientific, technical or "
              "advisory work",
              "a thorough knowledge of one EU language and a satisfactory knowledge of a second EU language",
              "employment with the municipality for at least twelve months before the secondment starts "
              "(an internal requirement)",
              "a permanent employment contract (an internal requirement)"]),
    ("h1", "Allowances from the EU institution"),
    ("p", "In addition to the salary paid by the municipality, the institution normally pays a daily "
          "subsistence allowance and a monthly allowance, which depends on the distance between the home and the "
          "place of secondment. The amounts are set by the institution and stated in each vacancy notice. Some "
          "posts are offered as cost-free secondments, where the institution pays no allowances at all. The "
          "municipality does not accept cost-free secondments."),
    ("h1", "Salary, pension and social security"),
    ("p", "The employee keeps the monthly salary, holiday entitlement and occupational pension (AKAP-KR) during "
          "the secondment. The salary is reviewed in the ordinary annual salary review. Swedish social security "
          "continues to apply, and HR applies for an A1 certificate from the Swedish Social Insurance Agency "
          "(Försäkringskassan) before the start."),
    ("p", "The home department pays the salary. To compensate, the department may apply for a contribution of "
          "SEK 150,000 per year from the municipality's central fund for international cooperation. The "
          "contribution is decided by the Municipal Director."),
    ("h1", "How to apply"),
    ("olist", ["Discuss the idea with your manager and agree on how the secondment fits the department's "
               "priorities.",
               "Get written approval from your head of department before you apply. Without approval HR cannot "
               "confirm the secondment to the EU institution.",
               "Apply through the Government Offices of Sweden, which publishes SNE vacancies and forwards "
               "Swedish applications to the EU institutions. Attach a CV in English and a motivation letter.",
               "If you are short-listed, the EU institution interviews you, usually online.",
               "HR drafts the secondment agreement between the municipality and the institution. The Municipal "
               "Director signs it.",
               "HR applies for the A1 certificate and arranges the salary payments for the secondment period."]),
    ("p", "Applications for SNE posts are normally processed within three to six months. Plan for the "
          "department to be without you from the start date stated in the agreement."),
    ("h1", "Coming back"),
    ("p", "After the secondment you return to your previous post or to an equivalent post in the same "
          "department. Within three months of returning you present your experience at a meeting of the "
          "municipality's international network and write a short report of at most four pages."),
    ("h1", "Current and previous secondments"),
    ("table", [["Period", "Employee's role", "Institution"],
               ["September 2025 – August 2027", "Environmental strategist", "European Commission, Directorate-"
                                                                           "General for Environment (DG ENV)"],
               ["March 2019 – February 2021", "EU coordinator", "European Commission, Directorate-General for "
                                                                "Regional and Urban Policy (DG REGIO)"]]),
    ("h1", "Questions and answers"),
    ("h2", "Can my family come with me?"),
    ("p", "Yes. The municipality does not pay any costs for the family, but the allowances from the institution "
          "are paid regardless of whether the family moves with you."),
    ("h2", "Is this the same as a Blue Book traineeship?"),
    ("p", "No. Blue Book traineeships at the Commission are five-month paid traineeships for recent graduates, "
          "and the trainee is not employed by a national administration. Ask the international coordinator if "
          "you want to know more about traineeships."),
    ("h2", "Who do I contact?"),
    ("p", "HR Business Partner Sofia Lindqvist answers questions about secondments."),
]

# ---------------------------------------------------------------------------------------------
# D6. Leksaker från utländska nätbutiker i förskolan – svenska, .docx
# ---------------------------------------------------------------------------------------------

LEKSAKER = [
    ("title", "Leksaker och material från utländska nätbutiker i förskolan – vägledning"),
    ("p", "Barn- och ungdomsförvaltningen, förskoleavdelningen. Fastställd av förskolechefernas ledningsgrupp "
          "2026-01-26. Vägledningen gäller alla kommunala förskolor och fritidshem."),
    ("h1", "Varför en vägledning?"),
    ("p", "Vid en inventering hösten 2025 hittades leksaker som inte uppfyllde EU:s säkerhetskrav på flera "
          "förskolor. En stor del av dem hade köpts direkt från nätbutiker och marknadsplatser utanför EU, ofta "
          "av personal som ville spara pengar eller inte hittade det de sökte hos avtalsleverantören."),
    ("p", "När kommunen köper en produkt direkt från en säljare utanför EU blir kommunen i praktiken importör. "
          "Då finns det ingen i EU som ansvarar för att produkten är säker, och kommunen får själv bära "
          "ansvaret om ett barn skadas."),
    ("h1", "Regler som gäller"),
    ("list", ["Leksaksdirektivet (2009/48/EG), som i Sverige genomförts genom leksakssäkerhetslagen. Leksaker "
              "ska vara CE-märkta. EU har beslutat om en ny leksaksförordning som ersätter direktivet efter en "
              "övergångsperiod.",
              "Förordningen om allmän produktsäkerhet (EU) 2023/988, som gäller sedan den 13 december 2024. Den "
              "ställer krav på att det ska finnas en ansvarig ekonomisk aktör i EU för produkter som säljs här.",
              "Kemikalieförordningen Reach, som begränsar bland annat ftalater i leksaker och barnartiklar."]),
    ("h1", "Förskolans inköpsregler"),
    ("list", ["Köp leksaker och lekmaterial hos kommunens avtalsleverantör för förskolematerial i första hand.",
              "Köp aldrig leksaker från nätbutiker eller marknadsplatser som skickar varorna direkt från ett land "
              "utanför EU.",
              "Om avtalsleverantören inte har produkten får du köpa den i en fysisk butik eller en nätbutik med "
              "säte i EU, med förskolans inköpskort upp till 3 000 kr per köp.",
              "Kontrollera alltid att leksaken är CE-märkt och att tillverkarens eller importörens namn och "
              "adress i EU står på förpackningen eller leksaken.",
              "Spara kvitto och förpackning i minst ett år."]),
    ("h1", "Produkter som kräver extra försiktighet"),
    ("table", [["Produkt", "Risk", "Vad som gäller på förskolan"],
               ["Magnetleksaker", "Barn som sväljer flera magneter kan få livshotande tarmskador", "Endast "
                "magnetleksaker från avtalsleverantören. Inga lösa småmagneter."],
               ["Slime och lekleror", "Borhalten kan vara för hög", "Köp inte slime. Gör egen lera enligt "
                "receptet i förskolans pedagogiska bank."],
               ["Leksaker med knappcellsbatterier", "Batteriet kan sväljas och orsaka brännskador i matstrupen",
                "Batteriluckan ska vara skruvad. Kontrollera leksaken varje månad."],
               ["Ballonger av latex", "Kvävningsrisk för små barn", "Inte till barn under åtta år utan att en "
                "vuxen är med"],
               ["Utklädningskläder", "Brandrisk och snören som kan fastna", "Endast CE-märkta kläder. Inga "
                "snören runt halsen."]]),
    ("h1", "Om du hittar en osäker leksak"),
    ("olist", ["Ta genast bort leksaken så att barnen inte kan komma åt den.",
               "Fotografera leksaken, förpackningen och märkningen.",
               "Sök på produkten i EU:s varningssystem Safety Gate för att se om den redan har återkallats.",
               "Anmäl produkten till Konsumentverket via deras webbformulär för farliga produkter.",
               "Informera förskolechefen och förskolans inköpssamordnare samma vecka.",
               "Lämna tillbaka produkten till säljaren eller kassera den enligt inköpssamordnarens besked."]),
    ("h1", "Resultat av inventeringen hösten 2025"),
    ("p", "Inventeringen omfattade 27 förskolor. Sammanlagt togs 46 produkter bort, varav 19 hade köpts från "
          "marknadsplatser utanför EU. Vanligast var magnetleksaker och utklädningskläder. Ingen skada på barn "
          "har rapporterats. En ny inventering görs hösten 2026."),
    ("h1", "Leksaker som skänks av vårdnadshavare"),
    ("p", "Förskolan får ta emot leksaker som vårdnadshavare vill skänka om de är CE-märkta, hela och rena. "
          "Elektriska leksaker, magnetleksaker och utklädningskläder tas inte emot som gåva."),
    ("h1", "Kontakt"),
    ("p", "Förskolans inköpssamordnare Petra Lund svarar på frågor om inköp. Frågor om produktsäkerhet i "
          "allmänhet kan också ställas till kommunens konsumentvägledare."),
]

# ---------------------------------------------------------------------------------------------
# D7. Energieffektiviseringsdirektivet – svenska, .docx
# ---------------------------------------------------------------------------------------------

EED = [
    ("title", "Energieffektiviseringsdirektivet – krav på kommunen och handlingsplan 2026–2030"),
    ("p", "Fastighetsenheten och kommunledningskontoret. Beslutad av kommunstyrelsen 2026-05-20, § 88. "
          "Diarienummer KS 2026/0102."),
    ("h1", "Sammanfattning"),
    ("p", "Det omarbetade energieffektiviseringsdirektivet, direktiv (EU) 2023/1791, ställer nya krav på "
          "offentliga organ, däribland kommuner. Planen beskriver kraven, kommunens utgångsläge och de åtgärder "
          "som ska genomföras 2026–2030. Åtgärderna beräknas kosta 38 miljoner kronor under perioden."),
    ("h1", "Direktivets krav på offentliga organ"),
    ("list", ["Offentliga organ ska tillsammans minska sin totala slutliga energianvändning med minst 1,9 "
              "procent per år jämfört med 2021.",
              "Minst 3 procent av den totala golvytan i uppvärmda eller kylda byggnader som ägs av offentliga organ "
              "ska renoveras varje år till nära-nollenergibyggnader eller nollutsläppsbyggnader. Kravet gäller "
              "byggnader med en total användbar golvyta över 250 kvadratmeter.",
              "Offentliga organ ska ta hänsyn till energieffektivitet vid upphandling, enligt principen att "
              "energieffektivitet kommer först.",
              "Offentliga organ ska främja energitjänster och energiprestandakontrakt vid större renoveringar."]),
    ("p", "Hur Sverige genomför kraven i nationell lag var inte helt klart när planen skrevs. Planen utgår därför "
          "från direktivets krav, så att kommunen är förberedd."),
    ("h1", "Kommunens utgångsläge"),
    ("p", "Kommunen äger byggnader med en sammanlagd uppvärmd golvyta på 186 000 kvadratmeter, varav skolor och "
          "förskolor svarar för ungefär hälften. Om 3 procent ska renoveras varje år motsvarar det 5 580 "
          "kvadratmeter per år."),
    ("p", "Energianvändningen i kommunens byggnader var 31,4 GWh under basåret 2021 och 29,8 GWh under 2025. "
          "Minskningen beror främst på byte till LED-belysning och bättre styrning av ventilationen."),
    ("h1", "Åtgärder 2026–2030"),
    ("table", [["Åtgärd", "År", "Kostnad", "Beräknad besparing"],
               ["Renovering av Noltorpsskolan, 6 200 kvadratmeter, till nära-nollenergibyggnad", "2027",
                "21 miljoner kronor", "0,6 GWh per år"],
               ["Renovering av stadshusets östra flygel, 2 400 kvadratmeter", "2028", "9,5 miljoner kronor",
                "0,2 GWh per år"],
               ["LED och närvarostyrning i fyra sporthallar", "2026", "2,1 miljoner kronor", "0,15 GWh per år"],
               ["Energiuppföljning per timme i alla byggnader över 1 000 kvadratmeter", "2026–2027",
                "1,6 miljoner kronor", "Ger underlag för styrning"],
               ["Mindre energiåtgärder, till exempel injustering och tilläggsisolering", "2026–2030",
                "3,8 miljoner kronor", "0,3 GWh per år"]]),
    ("p", "För mindre energiåtgärder avsätts 760 000 kr per år, sammanlagt 3,8 miljoner kronor för hela "
          "perioden."),
    ("h1", "Organisation"),
    ("p", "Fastighetschefen ansvarar för att planen genomförs. Kommunens energistrateg följer upp "
          "energianvändningen varje kvartal och rapporterar till kommunstyrelsen en gång per år, i samband med "
          "årsredovisningen. De kommunala bolagen omfattas inte av planen men ska redovisa sin energianvändning "
          "till energistrategen senast den 15 februari varje år."),
    ("h1", "Så föreslår en verksamhet en energiåtgärd"),
    ("olist", ["Beskriv åtgärden i formuläret för energiåtgärder på intranätet.",
               "Energistrategen gör en enkel beräkning av kostnad och besparing inom fyra veckor.",
               "Åtgärder under 200 000 kr beslutas av fastighetschefen.",
               "Större åtgärder tas med i nästa års investeringsbudget."]),
    ("h1", "Risker"),
    ("list", ["Byggkostnaderna kan stiga, så att färre kvadratmeter hinner renoveras.",
              "Renovering av skolor kräver evakueringslokaler, som är svåra att hitta.",
              "Statliga bidrag till energieffektivisering kan minska."]),
    ("h1", "Kontakt"),
    ("p", "Energistrateg Henrik Borg, fastighetsenheten."),
]


# ---------------------------------------------------------------------------------------------
# P1. Seveso – svenska, .pdf
# ---------------------------------------------------------------------------------------------

SEVESO = [
    ("title", "Information till allmänheten om verksamheter med farliga ämnen i Alingsås"),
    ("p", "Räddningstjänsten Alingsås. Informationen lämnas enligt Sevesolagen och uppdateras minst vart femte "
          "år. Denna version gäller från oktober 2025."),
    ("h1", "Varför får du den här informationen?"),
    ("p", "EU:s Sevesodirektiv (direktiv 2012/18/EU) ska förebygga allvarliga kemikalieolyckor och begränsa "
          "följderna för människor och miljö. Direktivet har genomförts i Sverige genom lagen om åtgärder för att "
          "förebygga och begränsa följderna av allvarliga kemikalieolyckor, den så kallade Sevesolagen. Lagen "
          "kräver att människor som bor eller arbetar nära en verksamhet med farliga ämnen får information om "
          "riskerna och om hur de ska agera vid en olycka."),
    ("p", "Verksamheterna delas in i två nivåer efter hur stora mängder farliga ämnen de hanterar: lägre "
          "kravnivå och högre kravnivå. I Alingsås finns två Sevesoverksamheter."),
    ("h1", "Verksamheterna"),
    ("h2", "Nordkem Alingsås AB – högre kravnivå"),
    ("p", "Nordkem tillverkar lim och lacker för möbelindustrin i Sävelunds industriområde. Företaget hanterar "
          "brandfarliga vätskor och ammoniak. Vid en olycka kan giftig gas spridas med vinden. Riskområdet "
          "sträcker sig 700 meter från anläggningen och omfattar delar av Sävelund och Stadsskogen."),
    ("h2", "Gasol Väst Terminal AB – lägre kravnivå"),
    ("p", "Gasol Väst lagrar gasol i cisterner vid Bälinge och fyller gasolflaskor för återförsäljare. Den "
          "största risken är brand eller explosion. Riskområdet sträcker sig 300 meter från cisternerna. Inga "
          "bostäder finns inom riskområdet."),
    ("h1", "Så varnas du"),
    ("p", "Vid en allvarlig olycka varnas allmänheten med signalen Viktigt meddelande till allmänheten (VMA) "
          "genom de utomhussirener som brukar kallas Hesa Fredrik. Signalen består av ljud i sju sekunder följt "
          "av tystnad i fjorton sekunder, och upprepas i minst två minuter. Faran över är en obruten signal i "
          "trettio sekunder."),
    ("p", "Signalen provas klockan 15.00 den första helgfria måndagen i mars, juni, september och december. "
          "Personer som bor inom Nordkems riskområde kan också få ett sms från räddningstjänsten till sin "
          "mobiltelefon."),
    ("h1", "Det här ska du göra när du hör signalen"),
    ("list", ["Gå inomhus och stanna där.",
              "Stäng fönster, dörrar och ventiler.",
              "Stäng av ventilation och fläktar.",
              "Lyssna på Sveriges Radio P4 och följ informationen på krisinformation.se.",
              "Ring inte 112 om det inte gäller ett akut nödläge. Linjerna behövs för den som behöver hjälp."]),
    ("p", "Hämta inte barn från skola eller förskola under larmet. Personalen tar hand om barnen och följer "
          "samma instruktioner."),
    ("h1", "Tillsyn och säkerhet"),
    ("p", "Länsstyrelsen i Västra Götalands län har tillsyn över verksamheterna enligt Sevesolagen. En verksamhet "
          "på den högre kravnivån inspekteras minst en gång per år och en verksamhet på den lägre kravnivån minst "
          "vart tredje år. Räddningstjänsten gör dessutom tillsyn enligt lagen om brandfarliga och explosiva varor "
          "och övar tillsammans med Nordkem vartannat år. Nästa gemensamma övning hålls i maj 2026."),
    ("p", "Nordkem har en intern räddningsplan och kommunen har en plan för räddningsinsatser vid en allvarlig "
          "olycka på anläggningen. Planen för räddningsinsatser ses över minst vart tredje år."),
    ("h1", "Mer information"),
    ("p", "Säkerhetsrapporten för Nordkem och tillståndsbesluten för båda verksamheterna är allmänna handlingar. "
          "Uppgifter som kan skada säkerheten kan vara sekretessbelagda. Frågor om informationen besvaras av "
          "räddningstjänstens tillsynsingenjör Jens Aronsson."),
]

# ---------------------------------------------------------------------------------------------
# P2. F-gas rules for heat pumps and cooling – English, .pdf
# ---------------------------------------------------------------------------------------------

FGAS = [
    ("title", "F-gas rules for the property unit's heat pumps and cooling systems"),
    ("p", "Property Unit, Alingsås Municipality. Internal guidance, version 2, June 2026. Replaces version 1 "
          "from May 2024."),
    ("h1", "Background"),
    ("p", "Fluorinated greenhouse gases (F-gases) are used as refrigerants in heat pumps, cooling rooms, freezers "
          "and air-conditioning units. Many of them are strong greenhouse gases. Regulation (EU) 2024/573 on "
          "fluorinated greenhouse gases, which applies from 11 March 2024, tightens the rules on leak checks, "
          "record-keeping and which equipment may be placed on the market. In Sweden the Refrigerant Ordinance "
          "(köldmedieförordningen) adds national rules on reporting."),
    ("p", "The Property Unit is the operator of all refrigerant systems in municipal buildings, including the "
          "school kitchens and the cooling rooms of the meal service."),
    ("h1", "Leak checks"),
    ("p", "How often a system must be checked for leaks depends on how much refrigerant it contains, measured "
          "in tonnes of CO2 equivalent. Systems that contain less than 5 tonnes of CO2 equivalent do not need "
          "regular leak checks. Hermetically sealed systems are exempt below 10 tonnes."),
    ("p", "A system with 5 tonnes of CO2 equivalent or more must be checked every 12 months, a system with 50 "
          "tonnes or more every 6 months and a system with 500 tonnes or more every 3 months. If a leak detection "
          "system is installed, the intervals are doubled. Systems with 500 tonnes or more must always have a "
          "leak detection system."),
    ("p", "Leak checks and repairs may only be carried out by a certified company. The municipality's framework "
          "contractor for refrigeration, KylTeknik Väst AB, carries out all checks and sends the check report to "
          "the Property Unit within five working days."),
    ("h1", "Reporting to the supervisory authority"),
    ("p", "Under the Swedish Refrigerant Ordinance, the operator of a system with 14 tonnes of CO2 equivalent or "
          "more must submit an annual control report to the supervisory authority by 31 March. In Alingsås the "
          "supervisory authority is the municipality's own Environment and Health Protection Unit. A new system "
          "of 14 tonnes or more must be notified to the supervisory authority before it is installed."),
    ("p", "The energy technician compiles the control reports for all systems in February and submits them "
          "together in the supervisory authority's e-service."),
    ("h1", "The municipality's systems"),
    ("p", "In June 2026 the Property Unit has 63 systems containing F-gases. 41 of them are heat pumps and "
          "air-conditioning units below 5 tonnes of CO2 equivalent, which do not need regular leak checks. 22 "
          "systems are checked regularly, and 9 of those are large enough to require a control report."),
    ("table", [["Building", "System", "Refrigerant", "CO2 equivalent", "Check interval"],
               ["Central kitchen, Sörhaga", "Cooling and freezer rooms", "R404A", "78 tonnes", "6 months"],
               ["Nolhagabadet", "Heat pump", "R410A", "31 tonnes", "12 months"],
               ["Town hall", "Comfort cooling", "R32", "6 tonnes", "12 months"],
               ["Noltorpsskolan", "Heat pump", "R407C", "18 tonnes", "12 months"]]),
    ("h1", "Phasing out high-GWP refrigerants"),
    ("p", "R404A has a very high global warming potential, and service with recycled R404A is becoming more "
          "difficult and expensive. The Property Unit will replace the cooling and freezer rooms in the central "
          "kitchen at Sörhaga with a CO2 (R744) system in 2027. All other R404A systems will be replaced by the "
          "end of 2028. The budget for the replacements is SEK 2.4 million, of which SEK 1.7 million is for the "
          "central kitchen."),
    ("p", "The regulation also bans the placing on the market of certain new equipment. From 2027, small "
          "self-contained heat pumps and air-conditioning units below 12 kW may not contain F-gases with a global "
          "warming potential of 150 or more. When the municipality buys new heat pumps, natural refrigerants such "
          "as propane (R290) or CO2 are preferred."),
    ("h1", "If a leak is found"),
    ("p", "A leak must be repaired without undue delay. After the repair, a new leak check is made within one "
          "month to confirm that the repair worked. The contractor reports every leak of more than 5 kilograms "
          "of refrigerant to the energy technician the same day, and the energy technician informs the "
          "supervisory authority."),
    ("h1", "Responsibilities and contact"),
    ("p", "The energy technician Lars-Erik Nyman is responsible for the refrigerant register, the control reports "
          "and the contact with KylTeknik Väst AB. Questions about the replacement plan are answered by the energy "
          "strategist at the Property Unit."),
]

# ---------------------------------------------------------------------------------------------
# P3. CBAM – svenska, .pdf
# ---------------------------------------------------------------------------------------------

CBAM = [
    ("title", "EU:s koldioxidgränsjustering (CBAM) – vad betyder den för kommunen och bolagen?"),
    ("p", "PM från upphandlingsenheten och miljöstrategen till koncernledningsgruppen, 2026-02-16. "
          "Diarienummer KS 2026/0077."),
    ("h1", "Sammanfattning"),
    ("p", "EU:s mekanism för koldioxidjustering vid gränsen, CBAM (Carbon Border Adjustment Mechanism), innebär "
          "att den som importerar vissa varor till EU ska betala för de utsläpp som har uppstått när varorna "
          "tillverkades. Kartläggningen visar att varken kommunen eller de kommunala bolagen i dag importerar så "
          "mycket att de blir skyldiga att rapportera eller betala. Kommunen påverkas ändå indirekt, eftersom "
          "entreprenörer och leverantörer kan höja sina priser."),
    ("h1", "Vad är CBAM?"),
    ("p", "CBAM infördes genom förordning (EU) 2023/956. Syftet är att hindra att utsläpp flyttar till länder "
          "utanför EU med svagare klimatpolitik. Mekanismen omfattar sex varugrupper:"),
    ("list", ["cement", "järn och stål", "aluminium", "gödselmedel", "el", "vätgas"]),
    ("p", "Under övergångsperioden från den 1 oktober 2023 till den 31 december 2025 skulle importörerna "
          "rapportera utsläppen varje kvartal men inte betala något. Från den 1 januari 2026 gäller den "
          "definitiva perioden. Den som importerar CBAM-varor måste då vara godkänd CBAM-deklarant och köpa "
          "CBAM-certifikat som motsvarar utsläppen."),
    ("h2", "Undantag för små importörer"),
    ("p", "Sedan regelverket förenklades 2025 gäller ett undantag för importörer som importerar högst 50 ton "
          "CBAM-varor per år. Tröskeln gäller den sammanlagda vikten av varorna under ett kalenderår. El och "
          "vätgas omfattas inte av undantaget. Tidigare gällde i stället ett undantag för försändelser med ett "
          "värde på högst 150 euro."),
    ("h1", "Kartläggning av kommunkoncernen"),
    ("p", "Upphandlingsenheten gick i januari 2026 igenom alla leverantörsfakturor från 2025 med ursprung "
          "utanför EU. Resultatet:"),
    ("list", ["Kommunen importerade inga CBAM-varor direkt. Allt stål och aluminium köptes från leverantörer i "
              "Sverige eller andra EU-länder.",
              "Alingsåshem fick 38 ton balkongräcken i stål från Turkiet till renoveringen i Brogården. "
              "Entreprenören var importör och ansvarar för CBAM.",
              "Alingsås Energi köpte aluminiumprofiler för 6 ton direkt från en tillverkare i Norge. Norge "
              "omfattas av EU:s utsläppshandel och därför inte av CBAM.",
              "Alingsås Vatten importerade inga CBAM-varor."]),
    ("h1", "Vad ska göras?"),
    ("olist", ["Upphandlingsenheten för in en klausul i nya avtal om bygg- och anläggningsentreprenader om att "
               "entreprenören ansvarar för alla skyldigheter enligt CBAM.",
               "Avtalen ska ange hur CBAM-kostnader får räknas in i priset, så att de inte dyker upp som "
               "oväntade tilläggskostnader.",
               "Inköpare som överväger att själva importera stål, aluminium eller cement från länder utanför EU "
               "ska kontakta upphandlingsenheten innan beställningen görs.",
               "Kartläggningen görs om varje år i januari, så att kommunen och bolagen vet om de närmar sig "
               "tröskeln på 50 ton."]),
    ("h1", "Hur mycket kan priserna påverkas?"),
    ("p", "Priset på CBAM-certifikat följer priset på utsläppsrätter i EU:s utsläppshandel. Försäljningen av "
          "certifikat börjar i februari 2027 och den första årliga deklarationen, för importer under 2026, ska "
          "lämnas senast den 30 september 2027. Upphandlingsenheten bedömer att CBAM kan höja priset på "
          "armeringsstål från länder utanför EU med 8–12 procent när systemet är fullt infört. För en typisk "
          "skolbyggnad motsvarar det mindre än 0,5 procent av byggkostnaden."),
    ("h1", "Kontakt"),
    ("p", "Frågor om avtalsklausulerna besvaras av upphandlingsenheten genom upphandlaren Elin Sandberg. Frågor "
          "om klimatberäkningar besvaras av miljöstrategen Oskar Nyström."),
]

# ---------------------------------------------------------------------------------------------
# P4. European Parking Card – English, .pdf
# ---------------------------------------------------------------------------------------------

PARKING = [
    ("title", "Parking for disabled visitors from abroad and the coming European Parking Card"),
    ("p", "Traffic Unit, Planning and Building Department, Alingsås Municipality. Information for staff at the "
          "reception desk, the tourist office and the parking enforcement team. March 2026."),
    ("h1", "Parking cards from other EU countries"),
    ("p", "Since 1998 the EU member states have used a common model for parking cards for people with "
          "disabilities, based on a Council recommendation. A parking card issued in another EU or EEA country is "
          "valid in Sweden. The holder may park on the same terms as the holder of a Swedish parking permit for "
          "people with reduced mobility (parkeringstillstånd för rörelsehindrade)."),
    ("p", "Parking cards from countries outside the EU and EEA, for example the United Kingdom, are accepted in "
          "Alingsås if they are clearly a disability parking card. This is a local decision by the Traffic Unit "
          "and may not apply in other Swedish municipalities."),
    ("h1", "What the card allows in Alingsås"),
    ("list", ["Free parking on all municipal street parking spaces and in municipal car parks.",
              "Parking for up to 24 hours where the signs allow a shorter time, and for up to three hours where "
              "parking is otherwise prohibited, if the car does not block traffic.",
              "Parking in the reserved disability spaces."]),
    ("p", "The card does not give the right to park in loading zones, on bus stops, in pedestrian streets outside "
          "the permitted hours or in the privately owned Kronan parking garage, which charges the normal fee."),
    ("h2", "Reserved disability parking spaces"),
    ("p", "There are 52 reserved disability parking spaces in central Alingsås. The largest groups are at the "
          "travel centre (six spaces), at Stora Torget (four spaces) and at Nolhaga park (five spaces)."),
    ("h1", "The European Parking Card and the European Disability Card"),
    ("p", "Directive (EU) 2024/2841 establishes a European Disability Card and a European Parking Card for "
          "persons with disabilities. The European Parking Card will replace the national parking cards with a "
          "common format and security features. The European Disability Card will give holders the same access "
          "to special conditions, such as reduced fees and priority access, as people with disabilities in the "
          "country they are visiting."),
    ("p", "The member states must transpose the directive by 5 June 2027 and apply the rules from 5 June 2028. "
          "Which Swedish authority will issue the Disability Card had not been decided in March 2026."),
    ("h2", "Alingsås will accept the Disability Card early"),
    ("p", "The Culture and Leisure Committee decided in February 2026 that visitors with a disability card from "
          "another EU country will get the same conditions as residents with disabilities from 1 January 2027, "
          "before the legal obligation applies. A companion of a person with a disability card gets free entry "
          "to Nolhagabadet and the Alingsås Museum. The decision applies to the national disability cards that "
          "exist today and to the European Disability Card when it is introduced."),
    ("h1", "Applying for a Swedish parking permit"),
    ("p", "Residents of Alingsås apply for a parking permit for people with reduced mobility at the Traffic Unit. "
          "The application must include a medical certificate. The permit is free of charge. Processing normally "
          "takes four weeks. A permit is usually issued for three years and at most for five years."),
    ("p", "A person who lives abroad cannot get a Swedish permit, but should use the card from the home country."),
    ("h1", "Parking enforcement"),
    ("p", "A parking attendant who finds a foreign disability card should check that the card is valid and "
          "displayed on the dashboard so that the front side can be read. If the card is valid, no parking fine "
          "is issued. In 2025 the team recorded 140 vehicles with foreign disability cards, most of them from "
          "Norway and Germany."),
    ("p", "Contact: traffic planner Maria Holgersson, Traffic Unit."),
]

# ---------------------------------------------------------------------------------------------
# P5. RASFF – svenska, .pdf
# ---------------------------------------------------------------------------------------------

RASFF = [
    ("title", "Rutin för RASFF-meddelanden och återkallelser i livsmedelskontrollen"),
    ("p", "Miljö- och hälsoskyddsenheten, samhällsbyggnadsförvaltningen. Fastställd av miljöchefen 2025-10-06. "
          "Gäller livsmedelsinspektörerna och den som har beredskap för livsmedelsärenden."),
    ("h1", "Vad är RASFF?"),
    ("p", "RASFF (Rapid Alert System for Food and Feed) är EU:s system för snabba varningar om livsmedel och "
          "foder som kan vara farliga. Systemet har funnits sedan 1979. När en myndighet i ett land upptäcker en "
          "farlig produkt som kan ha spridits till andra länder skickas ett meddelande i systemet. Livsmedelsverket "
          "är Sveriges kontaktpunkt och skickar vidare meddelanden som berör företag i Alingsås till "
          "miljö- och hälsoskyddsenhetens funktionsbrevlåda."),
    ("h1", "Typer av meddelanden"),
    ("list", ["Larm (alert notification): en farlig produkt finns på marknaden och snabba åtgärder krävs.",
              "Information för uppföljning: produkten kan finnas på marknaden men risken kräver inte snabba "
              "åtgärder.",
              "Information för kännedom: produkten finns inte längre på marknaden i Sverige.",
              "Gränsavvisning: produkten har stoppats vid EU:s yttre gräns. Normalt krävs ingen åtgärd av "
              "kommunen."]),
    ("h1", "Svarstider"),
    ("p", "Vid ett larm ska uppföljningen påbörjas samma arbetsdag som meddelandet kommer in, och återrapporten "
          "till Livsmedelsverket ska lämnas inom två arbetsdagar. Vid information för uppföljning ska "
          "återrapporten lämnas inom fem arbetsdagar. Information för kännedom kräver ingen återrapport."),
    ("h1", "Så hanteras ett larm"),
    ("olist", ["Den inspektör som har beredskap läser meddelandet och registrerar ett ärende.",
               "Inspektören kontaktar de berörda företagen per telefon och frågar om de har tagit emot produkten "
               "och vad de har gjort med den.",
               "Om produkten finns kvar ska företaget ta bort den från försäljning. Inspektören kontrollerar på "
               "plats inom en arbetsdag om företaget inte kan visa att produkten är borttagen.",
               "Om produkten har sålts till konsumenter ska företaget återkalla den, till exempel med skyltar i "
               "butiken och information på sin webbplats.",
               "Inspektören lämnar återrapport till Livsmedelsverket med uppgifter om mängd, åtgärd och "
               "återkallelse."]),
    ("h1", "Utanför kontorstid"),
    ("p", "Enheten har ingen jour. Om Livsmedelsverket behöver nå kommunen under kvällar och helger kontaktas "
          "räddningstjänstens inre befäl, som når miljöchefen. Miljöchefen avgör om en inspektör ska kallas in."),
    ("h1", "Avgifter"),
    ("p", "Kontroll som görs med anledning av ett RASFF-meddelande räknas som extra offentlig kontroll. Företaget "
          "debiteras timavgift för den tid kontrollen tar om det visar sig att företaget inte har följt reglerna. "
          "Timavgiften för livsmedelskontroll är 1 250 kr under 2026. Under 2025 var den 1 190 kr. Om företaget "
          "har skött sig debiteras ingen avgift."),
    ("h1", "Statistik"),
    ("p", "Under 2025 berördes företag i Alingsås av 14 RASFF-meddelanden, varav fyra larm. De vanligaste "
          "produkterna var kryddor med för höga halter av mögelgifter, kosttillskott med otillåtna ämnen och "
          "kyckling med salmonella. I tre fall hade produkten sålts till konsumenter och återkallades."),
    ("h1", "Kontakt"),
    ("p", "Samordnare för RASFF-ärenden är livsmedelsinspektören Sanna Eriksson."),
]

# ---------------------------------------------------------------------------------------------
# P6. Jean Monnet – English, .pdf
# ---------------------------------------------------------------------------------------------

JEAN_MONNET = [
    ("title", "EU in my town – Jean Monnet Learning EU at School: application summary"),
    ("p", "Alströmergymnasiet, Alingsås Municipality. Summary of the application submitted to the European "
          "Education and Culture Executive Agency (EACEA) on 12 February 2026. Prepared for the school board and "
          "the teachers involved."),
    ("h1", "The programme"),
    ("p", "The Jean Monnet Actions are part of Erasmus+. Since 2021 they are open not only to universities but "
          "also to schools and vocational education and training providers. The strand Learning EU at School "
          "supports schools that want to teach about the European Union in new ways. A project lasts 36 months "
          "and is financed with a lump sum."),
    ("h1", "Our project"),
    ("p", "The project is called EU in my town. Its aim is to show students how EU decisions affect everyday "
          "life in Alingsås, from drinking water and bus fares to the funding of local projects. The project runs "
          "from 1 September 2026 to 31 August 2029 and involves the Social Science Programme and the Economics "
          "Programme."),
    ("h2", "Activities"),
    ("list", ["A new course module of 30 hours, EU in my town, for all second-year students on the two "
              "programmes",
              "A simulation of the Council of the EU every spring, in which students negotiate a real EU proposal",
              "Training for teachers: two teachers each year take part in a one-week course on teaching the EU",
              "A study visit to Brussels in 2028 for 24 third-year students",
              "An EU corner in the school library with books, games and a monthly EU quiz",
              "Interviews with local politicians and municipal staff who work with EU rules"]),
    ("h1", "Budget"),
    ("p", "The application requests a lump sum of EUR 29,800 for the three years. About 60 percent of the budget "
          "covers teachers' time to develop and teach the module, and about 25 percent covers the study visit to "
          "Brussels. The remaining 15 percent covers teacher training, materials and dissemination."),
    ("p", "The students' own costs for the study visit will be at most SEK 1,000 per student. The school covers "
          "any costs that exceed the lump sum."),
    ("h1", "Organisation"),
    ("p", "The project leader is the social science teacher Karl Bergendahl, who has 20 percent of a full-time "
          "post for the project. A steering group of the principal, the project leader and the municipality's "
          "EU coordinator meets twice per term."),
    ("h1", "Timetable"),
    ("list", ["12 February 2026: application submitted",
              "July 2026: expected notification of the result",
              "Autumn 2026: the course module is developed and tested in two classes",
              "Spring 2027: first Council simulation",
              "Spring 2028: study visit to Brussels",
              "31 August 2029: project ends; final report within 60 days"]),
    ("h1", "After the project"),
    ("p", "The course module will remain part of the school's local curriculum. Teaching materials will be "
          "published under an open licence so that other schools in the region can use them."),
]


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(DRONARE, folder / "riktlinje-dronare-i-tjansten.docx")
    write_docx(SANKTIONER, folder / "sanktionskontroll-upphandling-och-bidrag.docx")
    write_docx(FSR, folder / "foreign-subsidies-and-ipi-large-procurements.docx")
    write_docx(ADOPTION, folder / "uppfoljningsrapporter-internationella-adoptioner.docx")
    write_docx(SNE, folder / "seconded-national-experts-hr-guideline.docx")
    write_docx(LEKSAKER, folder / "leksaker-fran-utlandska-natbutiker-forskolan.docx")
    write_docx(EED, folder / "energieffektiviseringsdirektivet-handlingsplan.docx")
    write_pdf(SEVESO, folder / "seveso-information-till-allmanheten.pdf",
              "Alingsås kommun – Räddningstjänsten", "Sida")
    write_pdf(FGAS, folder / "f-gas-rules-property-unit.pdf",
              "Alingsås Municipality – Property Unit", "Page")
    write_pdf(CBAM, folder / "cbam-koldioxidgransjustering-pm.pdf",
              "Alingsås kommun – PM KS 2026/0077", "Sida")
    write_pdf(PARKING, folder / "european-parking-card-disabled-visitors.pdf",
              "Alingsås Municipality – Traffic Unit", "Page")
    write_pdf(RASFF, folder / "rasff-rutin-livsmedelskontroll.pdf",
              "Alingsås kommun – Miljö- och hälsoskydd", "Sida")
    write_pdf(JEAN_MONNET, folder / "jean-monnet-learning-eu-at-school-application.pdf",
              "Alströmergymnasiet – Erasmus+ Jean Monnet", "Page")
    print(f"wrote 13 documents to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "knowledge")
