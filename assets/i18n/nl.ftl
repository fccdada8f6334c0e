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

