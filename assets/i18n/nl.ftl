# cosell's messages in Nederlands (nl). One message per key; every key is in every
# language (tests/i18n.rs). Plurals: { $count -> [one] ... *[other] ... } with CLDR's categories.
# Terms in Dutch and French follow Microsoft's (docs/cosell-spec §13).

## Common: the language, numbers, money, dates, counts

language-name = Nederlands
number-decimal = ,
number-group = .
money = USD { $amount }
percent = { $value }%
date = { $day } { $month_name } { $year }
month-1 = jan
month-2 = feb
month-3 = mrt
month-4 = apr
month-5 = mei
month-6 = jun
month-7 = jul
month-8 = aug
month-9 = sep
month-10 = okt
month-11 = nov
month-12 = dec
count-markets = { $count ->
    [one] { $count } markt
   *[other] { $count } markten
}

## Rules and status: editions, requirements, rungs, benefits, the status panel and `status` (src/editions, rules.rs, status.rs, present.rs, tui/widgets/status_panel.rs)
## @section rules: add this area's messages below, above the next section

## Wizard: screens, dialogs, keys, fields and their checks (src/tui, src/fields, steps.rs, field_ids.rs)
## @section wizard: add this area's messages below, above the next section

## Fields
## Steps: `.short` is the name in the step bar (all seven must fit 80 columns: at most 45 letters together)
step-start = Start
    .short = Start
step-offer = Aanbieding & partner
    .short = Aanbod
step-listing = Vermelding
    .short = Vermelding
step-documents = Documenten
    .short = Docs
step-contacts = Contacten per land
    .short = Contact
step-diagram = Architectuurdiagram
    .short = Diagram
step-revenue = Omzet
    .short = Omzet
step-review = Controle & export
    .short = Export
## Fields: the label (short: the forms align them) and `.help`; `$n` is the row's number
field-offer-name = Naam aanbieding
    .help = De naam van de aanbieding zoals in het Partnercentrum.
field-offer-type = Type aanbieding
    .help = Bepaalt welke treden de aanbieding kan bereiken: Azure IP-typen kunnen Azure IP co-sell gemotiveerd worden, Dynamics 365-typen kunnen de Business Applications-incentive bereiken.
field-live = Live
    .help = Is de aanbieding live gepubliceerd op Azure Marketplace of AppSource?
field-transactable = Transactioneel
    .help = Wordt de aanbieding via de marketplace verkocht? Dan telt de gefactureerde omzet mee voor de omzetdrempel, en voldoen VM's en Azure-toepassingen standaard aan het Azure-aandeel.
field-mpn-id = MPN-id
    .help = Uw Microsoft Partner Network-id: alleen cijfers.
field-account-active = Marketplace-account
    .help = Is uw account voor de commerciële marketplace in het Partnercentrum actief?
field-profile-complete = Bedrijfsprofiel
    .help = Is uw bedrijfsprofiel in het Partnercentrum volledig?
field-gold-competency = Gold-competentie
    .help = Een actieve Gold-competentie op enig gebied; aanbiedingen van diensten hebben die nodig.
field-designation = Solutions Partner-aanduiding
    .help = Minstens één Solutions Partner-aanduiding in het Microsoft AI Cloud Partner Program; aanbiedingen van adviesdiensten hebben die nodig.
field-isv-connect = ISV Connect
    .help = Registratieniveau bij ISV Connect; Dynamics 365 CE- en F&O-aanbiedingen hebben het nodig, Premium ontgrendelt de Business Applications-incentive.
field-certified-software = Software-aanduiding
    .help = Optioneel: een Solutions Partner-aanduiding voor gecertificeerde software (Azure of Security) of een Industry AI-aanduiding.
field-platforms = Microsoft-platformen
    .help = Eén of meer, gescheiden door komma's: Microsoft Azure, Microsoft Dynamics 365, Microsoft SQL Server, Office 365, Windows 10.
field-segments = Segmenten
    .help = Eén of meer: SMB (< 500 werknemers), Corporate (< 2.500), Enterprise (2.500+).
field-solution-type = Type oplossing
    .help = Precies één: Apparaat (hardware), IP (toepassing), Beheerde service of Dienst.
field-area-first = Oplossingsgebied { $n }
    .help = Het eerste oplossingsgebied; de regels staan er 1 tot 3 toe.
field-area = Oplossingsgebied { $n }
    .help = Optioneel; laat leeg als er geen is.
field-sub-areas = {"  "}subgebieden
    .help = 1 of 2 subgebieden van het gebied hierboven, gescheiden door komma's.
field-one-pager = One-pager
    .help = One-pager van de oplossing of aanbieding: .pdf .docx .pptx …
field-pitch-deck = Pitchdeck
    .help = Pitchdeck van de oplossing of aanbieding, meestal .pptx of .pdf.
field-case-study = Klantcase
    .help = Optionele klantcase (case study).
field-customer-wins = Klantsuccessen
    .help = Optionele controleerbare klantsuccessen.
field-channel-pitch-deck = Kanaal-pitchdeck
    .help = Optioneel pitchdeck voor het kanaal.
field-other-first = Ander document { $n }
    .help = Optioneel: tot 5 andere documenten of video's (.mp4).
field-other = Ander document { $n }
    .help = Optioneel ander document of video.
field-landing-page = URL landingspagina
    .help = De landingspagina van het product: http:// of https://.
field-markets = Markten
    .help = Landen waar de aanbieding in aanmerking komt voor co-sell: ISO-codes, gescheiden door komma's (US, CA, FR). Elk land heeft een verkoopcontactpersoon (Partner sales) nodig.
field-contacts = Contactpersonen
    .help = Eén rij per contactpersoon; elke markt heeft een verkoopcontactpersoon (Partner sales) nodig, of een met OOO.
field-diagram = Diagrambestand
    .help = Het referentiearchitectuurdiagram als PDF of PNG/JPEG; exporteer Visio-tekeningen eerst.
field-azure-consumed = Azure-omzet 12 mnd
    .help = Azure-verbruiksomzet van de hele organisatie, afgelopen 12 maanden, in USD. 120.000,50 en 120 000 zijn allebei goed.
field-marketplace-billed = Marketplace-omzet
    .help = De via de marketplace gefactureerde omzet van de aanbieding, in USD; telt alleen voor transactionele aanbiedingen.
field-azure-share = Aandeel op Azure %
    .help = Aandeel van de infrastructuur van de aanbieding dat op Azure draait, 0–100, hoogstens 2 decimalen; meer dan 50 is nodig.
field-test = Testveld
    .help = Een veld dat alleen in tests bestaat.
## The contact form's columns (the CSV header stays Partner Center's English one)
field-contact-name = Naam
    .help = De volledige naam van de contactpersoon.
field-contact-email = E-mail
    .help = Een werkadres, bijv. ada@contoso.com.
field-contact-job-title = Functie
    .help = bijv. Salesmanager.
field-contact-role = Rol
    .help = Partner sales, Partner marketing, Partner technical sales of Partner customer success manager; contactpersonen met Partner sales dekken de markten.
field-contact-countries = Landen/regio's
    .help = ISO-codes, gescheiden door komma's (US, CA), of OOO voor alle landen.
field-contact-states = Staten/provincies
    .help = Optioneel: US-WA, CA-BC, AU-NSW … binnen de landen hierboven.
## What a field takes, and what its checks say
field-allowed-any = elke tekst
field-allowed-money = een bedrag: cijfers, $ , en .
field-allowed-percent = een getal van 0 tot 100
field-allowed-codes = landcodes zoals US, CA
field-allowed-digits = alleen cijfers
field-chars-removed = { $allowed }: { $removed } verwijderd
field-cannot-be-typed = deze waarde kan niet worden getypt
field-yes = ja
field-no = nee
field-yes-or-no = { $value }: antwoord ja of nee
field-not-an-offer-type = { $value } is geen type aanbieding
field-not-a-tier = { $value } is geen niveau van { $name }
field-not-a-solution-type = { $value } is geen type oplossing
field-not-a-role = { $value } is geen rol; kies { $roles }
field-contacts-count = { $count ->
    [one] { $count } contactpersoon
   *[other] { $count } contactpersonen
}
field-contacts-not-typed = contactpersonen bewerkt u in de tabel met contactpersonen
field-area-first-needed = kies eerst oplossingsgebied { $n }
field-other-too-many = het Partnercentrum neemt hoogstens { $count } andere documenten
field-market-did-you-mean = { $value } is geen landcode; bedoelt u { $code } ({ $name })?
field-market-global = OOO is voor contactpersonen; noem de landen van de markten
field-offer-name-too-long = de naam van de aanbieding heeft { $count } tekens; hoogstens { $max } zijn toegestaan
field-offer-name-control = de naam van de aanbieding bevat het stuurteken { $character }; typ hem zonder
field-not-a-checkbox = is geen van de selectievakjes van het Partnercentrum: verander het in het concept in een van { $boxes }
field-problem = { $label }: { $reason }
field-problem-contact = Contactpersoon { $row }, { $column }: { $reason }
field-differs-empty = leeg
field-differs = { $label }: { $here } hier, { $there } in het bestand
field-differs-contacts = Contactpersonen ({ $here } hier, { $there } in het bestand)
field-differs-edition = Editie van de regels ({ $here } hier, { $there } in het bestand)
## The submission's choices and errors (src/model): Partner Center's names in the reader's language
model-offer-type-saas = Software as a Service
model-offer-type-azure_application = Azure-toepassing
model-offer-type-azure_container = Azure-container
model-offer-type-azure_virtual_machine = Virtuele Azure-machine
model-offer-type-iot_edge_module = IoT Edge-module
model-offer-type-consulting_service = Adviesdienst
model-offer-type-managed_service = Beheerde service
model-offer-type-power_bi_app = Power BI-app
model-offer-type-dynamics_365_customer_engagement = Dynamics 365 Customer Engagement & Power Apps
model-offer-type-dynamics_365_finance_operations = Dynamics 365 Finance & Operations
model-offer-type-dynamics_365_business_central = Dynamics 365 Business Central
model-offer-type-microsoft_365_app = Microsoft 365 (Office-invoegtoepassing, Teams-app, SharePoint)
model-isv-tier-none = Niet geregistreerd
model-isv-tier-standard = Standard
model-isv-tier-premium = Premium
model-solution-type-device = Apparaat (hardware)
model-solution-type-ip = IP (toepassing)
model-solution-type-managed_service = Beheerde service
model-solution-type-service = Dienst
model-doc-one_pager = One-pager van de oplossing
model-doc-pitch_deck = Pitchdeck van de oplossing
model-doc-case_study = Klantcase
model-doc-verifiable_customer_wins = Controleerbare klantsuccessen
model-doc-channel_pitch_deck = Kanaal-pitchdeck
model-doc-reference_architecture_diagram = Referentiearchitectuurdiagram
model-unnamed-offer = (aanbieding zonder naam)
model-all-countries = Alle landen
model-one-of = { $list } of { $last }
model-list-expected = een lijst van hoogstens { $max } items, of null
model-list-too-long = meer dan { $max } items; geen inzending heeft er zoveel nodig
model-contacts-expected = een lijst van hoogstens { $max } contactpersonen, of null
model-contacts-too-many = meer dan { $max } contactpersonen; cosell verwerkt hoogstens { $max } per concept
model-format-newer = { $value } is geschreven door een nieuwere cosell; werk cosell bij (deze leest cosell-submission/1)
model-format-unknown = { $value } is geen indelingsnaam van cosell; verwacht werd "cosell-submission/1"
model-parse-error = { $field }: { $message } (regel { $line }, kolom { $column })
model-top-level = (hoogste niveau)
model-text-after-json = onverwachte tekst na het JSON-object
model-country-not-in-partner-center = { $code } ({ $name }) is een ISO-code die in de landenlijst van het Partnercentrum ontbreekt; het Partnercentrum accepteert hem niet
model-code-blanks = { $value } heeft spaties eromheen; schrijf { $fixed }
model-code-lower-case = { $value } staat in kleine letters; schrijf { $fixed }
model-unknown-country = { $value } is geen ISO 3166-1 alpha-2-landcode (bijv. US, NL) en geen OOO voor alle landen
model-not-a-state = { $value } is geen code van een staat of provincie; schrijf hem als LAND-STAAT, bijv. US-WA, CA-BC, AU-NSW
model-unknown-state = { $value } is geen code van een Amerikaanse, Canadese of Australische staat of provincie (ISO 3166-2)

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
lang-unknown = cosell: { $variable }={ $value } is geen taal die cosell spreekt ({ $codes }); cosell gebruikt Engels

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

file-size-bytes = { $size } B
file-size-kb = { $size } kB
file-size-mb = { $size } MB
file-required = verplicht
file-email-blanks = { $value } heeft spaties aan het begin of eind
file-email-no-at = { $value } is geen geldig adres: er staat geen @ in
file-email-no-dot = { $value } is geen geldig adres: het domein heeft een punt nodig, bijv. naam@contoso.com
file-email-invalid = { $value } is geen geldig adres: { $reason }
file-mpn-digits = { $value } mag alleen cijfers bevatten, bijv. 4567890
file-url-scheme = { $value } moet beginnen met http:// of https://
file-url-no-host = { $value } heeft geen host
file-url-blanks = { $value } bevat spaties
file-money-stored-not-amount = { $value } is geen bedrag; schrijf cijfers met hoogstens 2 decimalen, bijv. 120000.00
file-money-negative = { $value } is negatief; omzet kan dat niet zijn
file-money-decimals = { $value } heeft meer dan 2 decimalen; rond af op centen
file-money-empty = voer een bedrag in USD in, bijv. 120000 of 120.000,50
file-money-not-digits = { $value } is geen bedrag; gebruik cijfers, eventueel met $ en scheidingstekens voor duizendtallen
file-money-mixed = { $value } is geen bedrag: de scheidingstekens zijn door elkaar gebruikt; schrijf 45000,50 of 45.000,50
file-money-ambiguous = { $value } kan { $thousands } betekenen (de komma als scheidingsteken voor duizendtallen) of { $decimal }; typ { $whole } of { $decimal_typed }
file-money-not-amount = { $value } is geen bedrag
file-money-groups = { $value }: de scheidingstekens voor duizendtallen staan niet om de drie cijfers; schrijf het bedrag zonder, bijv. 120000,50
file-percent-decimals = { $value } heeft meer dan 2 decimalen; schrijf het aandeel met hoogstens 2, bijv. 50.25
file-percent-not-percent = { $value } is geen percentage
file-percent-range = { $value } ligt buiten 0–100
file-percent-typed-not-number = { $value } is geen getal; voer 0 tot 100 in, bijv. 80 of 50,5
file-percent-typed-decimals = { $value } heeft meer dan 2 decimalen; voer er hoogstens 2 in, bijv. 50,25
file-percent-not-number = { $value } is geen getal
file-special-characters = bevat speciale tekens die Partnercentrum kan weigeren: { $characters }
file-role-required = verplicht: Partner marketing, Partner sales, Partner technical sales of Partner customer success manager
file-countries-required = verplicht: een of meer landcodes, of OOO voor alle landen
file-country-did-you-mean = { $value } is geen landcode; bedoelt u { $code } ({ $country })?
file-state-other-country = { $value } ligt in { $country }, dat niet bij de landen van deze contactpersoon hoort
file-no-extension = { $value } heeft geen bestandsextensie; toegestaan: { $accepted }
file-visio = Visio-bestanden worden niet geaccepteerd; exporteer het diagram naar PDF of PNG en voeg dat toe
file-extension-refused = .{ $ext }-bestanden worden niet geaccepteerd; toegestaan: { $accepted }
file-extension-not-accepted = .{ $ext }-bestanden worden niet geaccepteerd
file-none-chosen = geen bestand gekozen
file-does-not-exist = { $path } bestaat niet
file-permission-denied = { $path } kan niet worden gelezen: geen toegang
file-cannot-read = { $path } kan niet worden gelezen: { $reason }
file-is-directory = { $path } is een map, geen bestand
file-not-regular-attach = { $path } is { $kind }, geen gewoon bestand; voeg het document zelf toe
file-empty = { $path } is leeg (0 bytes)
file-looks-like = het lijkt { $media_type } (.{ $ext })
file-content-unknown = de inhoud wordt niet herkend
file-wrong-content = { $path } heet .{ $ext }, maar { $actual }; sla het op in het juiste formaat of pas de extensie aan
file-too-many-others = { $count } andere documenten; Partnercentrum neemt er hoogstens { $max }
file-io-not-regular = is { $kind }, geen gewoon bestand
file-kind-fifo = een named pipe (FIFO)
file-kind-socket = een socket
file-kind-device = een apparaat
file-kind-directory = een map
file-kind-symlink = een symbolische koppeling
file-kind-file = een bestand
file-kind-other = geen gewoon bestand
file-io-permission = geen toegang
file-io-disk-full = de schijf is vol; maak ruimte vrij en probeer het opnieuw
file-io-too-large = te groot om hier te schrijven: de schijf is vol of er geldt een limiet voor de bestandsgrootte
file-io-read-only = het bestandssysteem is alleen-lezen
file-io-not-utf8 = is geen UTF-8-tekst
file-io-not-a-directory = een deel van het pad is een bestand, geen map
file-io-is-directory = is een map
file-stdout = standaarduitvoer
file-refuse-open-draft = dat is het concept dat wordt bewerkt (of de vergrendeling ervan); kies een ander bestand
file-refuse-drafts-folder = dat is een concept- of vergrendelingsbestand in de conceptenmap { $folder }; schrijf uitvoer ergens anders heen
file-refuse-folder = dat is een map; geef een bestandsnaam in die map
file-output-refused = { $path }: geweigerd: { $why }
file-give-name = geef een bestandsnaam
file-symlink-loop = te veel niveaus van symbolische koppelingen
file-store-not-found = { $path }: bestand bestaat niet
file-store-parse = { $path }: kan niet worden gelezen als cosell-inzending: { $error }
file-store-locked = { $path } is geopend in een andere cosell (pid { $pid }); sluit die eerst, of wacht tot die klaar is
file-store-no-such-draft = geen concept met de naam { $name } in { $dir }; `cosell list` toont de concepten
file-store-exists = er bestaat al een concept met de naam { $name } in { $dir }
file-store-no-home = kan geen gegevensmap voor concepten vinden; stel COSELL_HOME in op een map
file-store-home-not-dir = COSELL_HOME is { $path }, en dat is { $what }, geen map; laat COSELL_HOME naar een map wijzen
file-store-is-directory = is een map, geen inzendingsbestand
file-store-not-submission = is { $kind }, geen inzendingsbestand
file-store-too-big = is { $size } MB; een inzendingsbestand is hoogstens { $max } MB; is dit het juiste bestand?
file-store-save-too-big = niet opgeslagen: het concept zou { $size } MB worden, meer dan de { $max } MB die cosell terugleest; verwijder contactpersonen of lange waarden
file-store-save-folder = niet opgeslagen: kan niet schrijven in de map { $folder } ({ $reason }); maak die beschrijfbaar, of verplaats het concept
file-store-not-saved = niet opgeslagen: { $reason }
file-store-no-free-name = kan geen vrije naam vinden om de andere versie te bewaren
file-store-lock-changing = het vergrendelingsbestand blijft veranderen; een ander programma maakt het aan en verwijdert het
file-store-lock-not-regular = het vergrendelingsbestand is { $kind }, geen gewoon bestand; verwijder het en probeer het opnieuw
file-store-create-folder = kan de conceptenmap niet maken ({ $reason }); stel COSELL_HOME in op een map waarin u kunt schrijven
file-store-create-draft = kan geen concept maken in de conceptenmap ({ $reason }); maak die beschrijfbaar of stel COSELL_HOME in op een andere map
file-session-conflict = { $path } is door een ander programma gewijzigd sinds cosell het las; niet opgeslagen, zodat niets van de ander wordt overschreven
file-session-still-reading = { $field } nog niet gecontroleerd: na { $seconds } s wordt het nog gelezen
file-session-no-document = geen document om te kopiëren
file-session-not-written-back = dit concept wordt niet teruggeschreven
file-session-no-other-version = geen andere versie om te bewaren
file-session-saver-stopped = het opslaan is gestopt
file-export-refused = export geweigerd; los eerst deze punten op (of geef --allow-incomplete mee):
file-export-too-large = groter dan { $size } GiB, niet gelezen
file-copy-not-document = { $path } is { $kind }, geen document om te kopiëren
file-copy-too-big = { $path } is te groot om te kopiëren
file-copy-no-name = { $path } heeft geen bestandsnaam
file-copy-no-free-name = { $folder }: geen vrije naam voor { $name }
kit-mark-covered = gedekt
kit-mark-uncovered = geen Partner sales-contactpersoon
kit-mark-warned = Partnercentrum accepteert het niet (AI, EH, FK)
kit-changed = { $path } is gewijzigd terwijl het pakket werd geschreven (de SHA-256 verschilt van die in de export); schrijf het pakket opnieuw
kit-too-large = groter dan { $size } GiB; een document van die omvang wordt niet naar Partnercentrum geüpload
kit-grew = het werd groter tijdens het kopiëren
kit-not-a-folder = het bestaat al en is geen map; geef de naam van een nieuwe map
kit-not-empty = de map is niet leeg; een pakket komt in een nieuwe (of lege) map
kit-no-longer-empty = de map is niet meer leeg (er is intussen iets in geschreven); kies een nieuwe map
kit-unnamed-offer = (aanbieding zonder naam)
kit-md-title = # Checklist co-sell: { $offer }
kit-incomplete = **ONVOLLEDIG**: dit pakket is geschreven met `--allow-incomplete`. Los deze punten op voordat u indient:
kit-status-label = Status die dit concept bereikt:
kit-status-rules = regels { $edition }, { $summary }
kit-nothing-missing = Er ontbreekt niets voor de niveaus die deze aanbieding kan bereiken.
kit-nothing-else-missing = Verder ontbreekt er niets voor de niveaus die deze aanbieding kan bereiken.
kit-also-missing = Ook ontbreekt:
kit-still-missing = Ontbreekt nog:
kit-brings = Wat deze status oplevert:
kit-worth-checking = Het controleren waard:
kit-md-written = Geschreven door cosell uit het concept { $draft } op { $at }. `submission.json` is het officiële bestand; deze lijst zegt wat u in de browser doet.
kit-heading-open = Open de pagina
kit-sign-in = Meld u aan bij Partnercentrum en open { $page }.
kit-check-account = Controleer of dit het account met { $partner_id } { $id } is
kit-check-designation = Controleer of de organisatie een Solutions Partner-aanduiding heeft.
kit-heading-listing = Vermelding
kit-microsoft-platforms = Microsoft-platforms
kit-segments = Segmenten
kit-tick = { $what }: vink { $value } aan
kit-solution-type = Type oplossing: kies { $value }
kit-md-solution-area = Oplossingsgebied: kies { $area }, dan de { $what }: { $sub_areas }
kit-limits = Partnercentrum neemt 1 tot { $areas } oplossingsgebieden, elk met 1 tot { $subs } { $what }.
kit-heading-documents = Documenten
kit-upload = { $what }: upload { $file }
kit-missing-from-kit = ontbreekt in dit pakket
kit-left-out = { $what }: { $missing }: { $why }. Los het op in het concept en schrijf het pakket opnieuw.
kit-landing-page = URL van de landingspagina: typ { $url }
kit-heading-contacts = Contactpersonen
kit-count-contacts = { $count ->
    [one] { $count } contactpersoon
   *[other] { $count } contactpersonen
}
kit-import-contacts = Contactpersonen importeren: { $file } ({ $contacts }, { $markets }) met „Contactpersonen importeren” in Partnercentrum. Dit vervangt de contactpersonen daar.
kit-check-markets = Controleer of elke markt een Partner sales-contactpersoon heeft: { $markets }
kit-heading-submit = Indienen
kit-next = Wat er daarna gebeurt: { $next }
kit-open-hint = open { $url } in een browser
kit-copy = Kopiëren
kit-copied = Gekopieerd
kit-selected = Geselecteerd: druk op Ctrl+C
kit-js-progress-one = { $done } van { $total } stap gedaan.
kit-js-progress-other = { $done } van { $total } stappen gedaan.
kit-js-contacts-one = { $n } contactpersoon
kit-js-contacts-other = { $n } contactpersonen
kit-js-shown-one = { $n } van { $total } contactpersoon
kit-js-shown-other = { $n } van { $total } contactpersonen
kit-page-title = Co-sell-pakket: { $offer }
kit-page-kicker = Co-sell-pakket voor Partnercentrum
kit-worth-checking-count = Het controleren waard ({ $count })
kit-page-written = Geschreven door cosell uit het concept { $draft } op { $at }. `submission.json` is het officiële bestand; deze pagina zegt wat u in de browser doet. Vink elke stap af zodra die klaar is: de vinkjes worden in deze browser bewaard.
kit-find-offer = Zoek de aanbieding op naam: { $value }
kit-choose = { $what }: kies { $value }
kit-page-solution-area = Oplossingsgebied: kies { $area } en dan de { $what }: { $sub_areas }
kit-type = { $what }: typ { $value }
kit-filter = Contactpersonen filteren
kit-filter-placeholder = naam, e-mail, rol of land
kit-print-contacts = { $count } contactpersonen: zie contacts.csv.
kit-first-contacts = De eerste { $shown } van { $count } contactpersonen; ze staan allemaal in contacts.csv.
kit-map-title = Markten op een wereldkaart
kit-map-without = Zonder Partner sales-contactpersoon: { $markets }
doc-pages = { $count ->
    [one] { $count } pagina
   *[other] { $count } pagina's
}
doc-slides = { $count ->
    [one] { $count } dia
   *[other] { $count } dia's
}
doc-not-checked-larger = niet gecontroleerd: groter dan { $size } MB
doc-not-picture = kan niet als afbeelding worden gelezen ({ $why }); exporteer het opnieuw en controleer of het opent
doc-encrypted = is versleuteld (met wachtwoord beveiligd); beoordelaars kunnen het misschien niet openen
doc-no-pages = heeft geen pagina's die een pdf-lezer kan tonen; exporteer het opnieuw
doc-not-pdf = kan niet als pdf worden gelezen ({ $why }); exporteer het opnieuw en controleer of het opent
doc-not-office = is geen geldig { $app }-bestand ({ $why }); sla het opnieuw op vanuit { $app }
doc-no-part = geen { $part }
doc-one-pager-over-ten = { $count } pagina's; de documentatie van Partnercentrum uit 2022 neemt er hoogstens 10, en de one-pager-sjabloon van Microsoft is één pagina
doc-one-pager-over-two = { $count } pagina's; de one-pager-sjabloon van Microsoft is één pagina, de richtlijn uit 2019 1–2
doc-deck-slides = { $count ->
    [one] { $count } dia
   *[other] { $count } dia's
}; de richtlijn van Microsoft uit 2019 voor een pitchdeck is 5–10 dia's
doc-diagram-small = { $width }×{ $height } pixels: onder 800 px breed is een diagram slecht leesbaar; exporteer het groter
doc-preview-too-large = groter dan { $size } MB: te groot om hier te tonen
doc-worker-cannot-limit = cosell-worker: kan zichzelf niet begrenzen ({ $why }); weigert te lezen
doc-no-limits = geen limieten voor systeembronnen op dit platform
doc-took-longer = niet gecontroleerd: het lezen duurde langer dan { $seconds } s
doc-memory = niet gecontroleerd: het lezen had meer nodig dan de { $size } MiB die cosell een document toestaat
doc-preview-took-longer = niet getoond: het decoderen duurde langer dan { $seconds } s
doc-preview-memory = niet getoond: het decoderen had meer nodig dan de { $size } MiB die cosell een document toestaat
doc-reader-failed = niet gecontroleerd: de documentlezer liep erop vast
doc-reader-no-start-why = niet gecontroleerd: de documentlezer kon niet starten ({ $why })
doc-reader-no-start = niet gecontroleerd: de documentlezer kon niet starten
doc-no-thread = niet gecontroleerd: er kon geen thread worden gestart om het te lezen
doc-no-answer = niet gecontroleerd: de documentlezer gaf geen antwoord
doc-preview-no-answer = niet getoond: de afbeeldingslezer gaf geen antwoord
doc-preview-cut-short = niet getoond: het antwoord van de afbeeldingslezer was afgekapt
doc-not-running = niet gecontroleerd: de documentlezer draait niet
doc-still-reading = niet gecontroleerd: na { $seconds } s wordt het nog gelezen
csv-problems = { $count ->
    [one] { $count } probleem; er is niets geïmporteerd en het concept is ongewijzigd:
   *[other] { $count } problemen; er is niets geïmporteerd en het concept is ongewijzigd:
}
csv-and-more = … en nog { $count }; los deze eerst op
csv-no-such-file = bestand bestaat niet
csv-not-a-file = is { $kind }, geen CSV-bestand
csv-too-big = is { $size } MB; een contactpersonen-CSV is hoogstens { $max } MB
csv-grew-too-big = is meer dan { $max } MB; een contactpersonen-CSV is hoogstens zo groot
csv-row = rij { $row }: { $message }
csv-encoding-utf8 = UTF-8
csv-encoding-utf8-bom = UTF-8 met een byte-order mark ("CSV UTF-8" van Excel)
csv-encoding-utf16 = UTF-16 met een byte-order mark ("Unicode-tekst" van Excel)
csv-encoding-1252 = Windows-1252 ("CSV" van Excel op West-Europese Windows)
csv-save-as = sla het vanuit het spreadsheet op als "CSV UTF-8 (door komma's gescheiden)" en importeer dat
csv-bad-utf16 = het bestand begint als UTF-16-tekst, maar is verderop geen geldige UTF-16; { $save_as }
csv-workbook = het bestand is een werkmap (.xlsx), geen CSV; { $save_as }
csv-bad-utf8 = het bestand zegt UTF-8 te zijn, maar rij { $row } is dat niet; { $save_as }
csv-zero-byte = het bestand is UTF-16 zonder byte-order mark, of helemaal geen tekst (een nulbyte op rij { $row }); { $save_as }
csv-not-text = het bestand is geen tekst in UTF-8, UTF-16 of Windows-1252 (byte { $byte } op rij { $row }); { $save_as }
csv-template-guide =
    Eén rij per contactpersoon. Role: Partner marketing, Partner sales, Partner technical sales of
    Partner customer success manager. Countries/Regions: ISO-codes gescheiden door komma's, tussen
    dubbele aanhalingstekens als het er meer zijn ("US, CA"), of OOO voor alle landen.
    States/Provinces (optioneel): US-WA, CA-BC, AU-NSW ... binnen de landen van de rij.
    Vervang de voorbeeldrij (Ada Lovelace) door uw contactpersonen. Importeren vervangt alle contactpersonen.
csv-empty = het bestand is leeg; het heeft de kopregel { $header } nodig en één rij per contactpersoon (`cosell contacts template` schrijft er een)
csv-unclosed-quote = rij { $row }: hier opent een dubbel aanhalingsteken dat nooit wordt gesloten, zodat de rest van het bestand als één cel zou worden gelezen; sluit het aanhalingsteken ("US, CA") of verwijder het
csv-bad-header = rij 1: kan de kopregel niet lezen: { $why }
csv-no-header = het bestand heeft geen kopregel
csv-column-twice = kolom { $column } komt twee keer voor
csv-unknown-column = onbekende kolom { $column }; de kolommen zijn { $columns }
csv-missing-column = de kolom { $column } ontbreekt; de kopregel moet { $header } zijn
csv-read-as = gelezen als { $encoding }
csv-too-many = het bestand heeft meer dan { $max } contactpersonen; cosell neemt er hoogstens { $max } per concept
csv-row-unreadable = kan niet worden gelezen: { $why }
csv-a-cell = een cel
csv-cell-not-utf8 = { $column } is geen UTF-8-tekst; sla het bestand op als "CSV UTF-8"
csv-cell-count = heeft { $cells } cellen, maar de kopregel heeft { $columns } kolommen; controleer op een ontbrekend of extra scheidingsteken
csv-role-unknown = Role { $value } is niet een van { $roles }
csv-column-required = { $column } is verplicht{ $rest }
csv-formula = { $column } { $value } lijkt op een spreadsheetformule; het wordt als tekst geïmporteerd, en de CSV-exports van cosell schrijven het zo dat spreadsheets het niet uitvoeren
csv-example-row = dit is de voorbeeldrij van de sjabloon; verwijder die, tenzij Ada uw contactpersoon is
csv-no-contacts = het bestand heeft een kopregel maar geen contactpersonen; een import vervangt alle contactpersonen, dus alle zouden worden verwijderd
csv-spill = Countries/Regions { $value } is over aparte cellen verdeeld omdat er komma's maar geen aanhalingstekens in staan, zodat { $spilled } in States/Provinces terechtkwam; zet de lijst tussen dubbele aanhalingstekens: "{ $list }"
csv-preview-replaces = Deze import vervangt alle contactpersonen: nu { $before } → daarna { $after }.
csv-preview-more = en nog { $count }
csv-preview-added = Toegevoegd ({ $count }): { $names }
csv-preview-changed = Gewijzigd ({ $count }): { $names }
csv-preview-dropped = Verwijderd ({ $count }): { $names }
csv-preview-covered = Markten die gedekt worden: { $markets }
csv-preview-uncovered = Markten die hun verkoopcontactpersoon verliezen: { $markets }
csv-preview-still = Markten nog zonder verkoopcontactpersoon: { $markets }
file-store-pid-unknown = onbekend
