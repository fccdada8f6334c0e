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
# Requirement titles: the full title, and `.short` in at most 28 characters for narrow panels.
# Keys per wording: an edition whose English differs has its own key (req-account-partner-id).
req-account = MPN ID en een actief marketplace-account
    .short = MPN ID, actief account
req-account-partner-id = Partner ID en een actief marketplace-account
    .short = Partner ID, actief account
req-account-2025 = Partner ID en een actief Microsoft Marketplace-account
    .short = Partner ID, actief account
req-profile = Volledig bedrijfsprofiel in Partnercentrum
    .short = Bedrijfsprofiel volledig
req-listing = Vermelding: platforms, segmenten, oplossingstype en gebieden
    .short = Vermelding en gebieden
req-listing-plays = Vermelding: platforms, oplossingstype, gebieden en sales plays
    .short = Vermelding en sales plays
req-one-pager = One-pager van de oplossing bijgevoegd
    .short = One-pager bijgevoegd
req-pitch-deck = Pitch deck van de oplossing bijgevoegd
    .short = Pitch deck bijgevoegd
req-contacts = Verkoopcontactpersoon voor elke markt
    .short = Verkoopcontact per markt
req-live = Aanbieding live op Azure Marketplace of AppSource
    .short = Aanbieding live
req-live-2025 = Aanbieding live op Microsoft Marketplace
    .short = Aanbieding live
req-isv-connect = ISV Connect-registratie (Dynamics 365-apps)
    .short = ISV Connect-registratie
req-isv-success = Ingeschreven bij ISV Success (Dynamics 365-apps)
    .short = Ingeschreven bij ISV Success
req-revenue = USD 100.000 omzet via Azure of de marketplace in 12 maanden
    .short = USD 100.000 in 12 maanden
req-revenue-2025 = USD 100.000 Azure-verbruiksomzet of via Marketplace gefactureerde verkoop in 12 maanden
    .short = USD 100.000 in 12 maanden
req-azure = Meer dan 50% van de infrastructuur op Azure
    .short = Meer dan 50% op Azure
req-gold = Gold-competentie (dienstenaanbiedingen)
    .short = Gold-competentie
req-diagram = Referentiearchitectuurdiagram bijgevoegd
    .short = Architectuurdiagram
req-premium = Inschrijving voor ISV Connect Premium
    .short = ISV Connect Premium
req-premium-2025 = Inschrijving voor ISV Success Premium
    .short = ISV Success Premium
req-offer-type = Een aanbiedingstype dat in aanmerking komt voor co-sell
    .short = Type geschikt voor co-sell
req-designation = Solutions Partner-aanduiding (consultancyaanbiedingen)
    .short = Aanduiding (consultancy)
req-ip-solution-type = Oplossingstype IP (toepassing)
    .short = Oplossingstype IP
req-transactable = Aanbieding verhandelbaar via de marketplace
    .short = Aanbieding verhandelbaar
req-transactable-2025 = Aanbieding verhandelbaar via Microsoft Marketplace
    .short = Aanbieding verhandelbaar
rules-rung-not-co-sell-ready = Niet gereed voor co-sell
rules-rung-not-ready = Niet gereed
rules-rung-not-in-market = Niet op de markt
rules-rung-in-market = Op de markt
rules-rung-co-sell-ready = Gereed voor co-sell
rules-rung-azure-ip-incentivized = Azure IP co-sell gemotiveerd
rules-rung-azure-ip-eligible = Azure IP co-sell in aanmerking
rules-rung-biz-apps-isv-connect-premium = Business Applications ISV Connect Premium-incentive
rules-rung-biz-apps-incentivized = Business Applications co-sell met incentives
rules-rung-biz-apps-premium-2023 = Business Applications co-sell-incentive premium
rules-rung-nothing = Nog niets bereikt · volgende: { $next }
rules-rung-reached = Bereikt: { $rung } · volgende: { $next }
rules-rung-top = Hoogste trede bereikt: { $rung }
rules-summary-2020-09 = het eerste co-sell-tabblad; pitch deck optioneel
rules-summary-2021-02 = het co-sell-tabblad met Gold en ISV Connect
rules-summary-2023-08 = Verwijzingen → Co-sell → Oplossingen, Solutions Partner-aanduidingen
rules-summary-2025-09 = het Partnercentrum van vandaag: Microsoft Marketplace, ISV Success, FY26-sales plays
rules-page-seeds = Commerciële marketplace → de aanbieding → het tabblad Co-sell met Microsoft
rules-page-2023 = Verwijzingen → Co-sell → Oplossingen (de pagina bestaat alleen voor aanbiedingen die al live zijn)
rules-after-submit-seeds = Microsoft beoordeelt de co-sell-documenten en of de aanbieding in aanmerking komt; de co-sell-status staat bij de aanbieding in Partnercentrum zodra de beoordeling klaar is, en de verkopers van Microsoft zien de aanbieding zodra ze klaar is voor co-sell.
rules-after-submit-2023 = Microsoft beoordeelt de co-sell-documenten en of de oplossing in aanmerking komt; de co-sell-status verschijnt bij de oplossing zodra de beoordeling klaar is, meestal binnen enkele werkdagen.
rules-word-account = account voor de commerciële marketplace
rules-word-account-2025 = Microsoft Marketplace-account
rules-word-storefront = Azure Marketplace of AppSource
rules-word-marketplace = de marketplace
rules-word-microsoft-marketplace = Microsoft Marketplace
rules-word-sub-area = subgebied
rules-word-sub-areas = subgebieden
rules-word-sales-play = sales play
rules-word-sales-plays = sales plays
rules-word-billed = via de marketplace gefactureerde omzet
rules-word-billed-2025 = via Marketplace gefactureerde verkoop
rules-live-first-2023 = De oplossing moet al live zijn: daarvoor bestaat de Co-sell-pagina niet.
rules-submit-seeds = Kies **Concept opslaan**, dan **Controleren en publiceren**, dan **Publiceren**.
rules-submit-2023 = Kies **Indienen ter beoordeling**.
rules-ben-sellers = Zichtbaar voor de verkopers van Microsoft
rules-ben-sellers-text = Zichtbaar voor de verkopers van Microsoft; gezamenlijke kansen bij klanten die Microsoft beheert
rules-ben-fee = Marketplace-vergoeding van 20% naar 10%
rules-ben-fee-text = Servicevergoeding van de marketplace verlaagd van 20% naar 10% voor IaaS of SaaS die via de marketplace wordt verkocht
rules-ben-csp = 10% incentive voor CSP-resellers
rules-ben-csp-text = Cloud Solution Provider-partners krijgen een incentive van 10% als ze de aanbieding doorverkopen
rules-ben-macc = Verkoop telt mee voor Azure-verbruikstoezeggingen
rules-ben-macc-text = Verkoop telt mee voor de Azure-verbruikstoezeggingen van klanten ("Azure benefit eligible")
rules-ben-badge = Badge "Preferred solutions" in de storefronts
rules-ben-badge-text = Badge "Preferred solutions" in de storefronts
rules-ben-seller-incentive = Verkopers van Microsoft krijgen incentives om het te verkopen
rules-ben-seller-incentive-text = De verkopers van Microsoft krijgen incentives als ze het samen met u verkopen
rules-ben-macc-2023 = Verkoop telt mee voor Azure-verbruikstoezeggingen (betaalde abonnementen)
rules-ben-macc-2023-text = Verkoop telt mee voor de Azure-verbruikstoezeggingen van klanten ("Azure benefit eligible"), voor abonnementen met een prijs boven nul
rules-ben-macc-2025 = Verkoop telt mee voor Azure-verbruikstoezeggingen (alleen betaalde abonnementen)
rules-ben-macc-2025-text = Verkoop telt mee voor de Azure-verbruikstoezeggingen van klanten ("Azure benefit eligible"), voor abonnementen met een prijs boven nul: gratis abonnementen en abonnementen met een eigen licentie tellen niet mee
rules-ben-fee-2025 = Microsoft Marketplace-vergoeding van 20% naar 10%
rules-ben-fee-2025-text = Servicevergoeding van Microsoft Marketplace verlaagd van 20% naar 10% voor IaaS of SaaS die via Microsoft Marketplace wordt verkocht
rules-note-premium-considered = Microsoft weegt ook de omzet en de co-sell-resultaten van de laatste 12 maanden: de aanbieding komt in aanmerking om voor de Premium-incentive te worden overwogen, maar krijgt die niet vanzelf.
rules-note-top-tier-2023 = Incentives voor verkopers volgen niet uit de status alleen: ze zijn mogelijk via een top-tier-traject (bijvoorbeeld USD 4 miljoen via de marketplace gefactureerde verkoop, of 12 nieuwe marketplace-klanten boven USD 10.000, in de afgelopen 12 maanden).
rules-note-fee-gone-2023 = De verlaagde marketplace-vergoeding en de CSP-incentive van de eerdere regels bestaan niet meer: de standaardvergoeding is sinds 2022 3%.
rules-note-top-tier-2025 = Incentives voor verkopers volgen niet uit de status alleen: ze zijn mogelijk via een top-tier-traject (bijvoorbeeld USD 4 miljoen via Marketplace gefactureerde verkoop, of 12 nieuwe Marketplace-klanten boven USD 10.000, in de afgelopen 12 maanden), en automatisch met een Solutions Partner with certified software-aanduiding (Azure of Security) of een Industry AI-aanduiding.
rules-note-certified-2025 = Verkopers van Microsoft krijgen incentives om het te verkopen (BEN-SELLER-INCENTIVE): verdiend met uw certified software-aanduiding.
rules-note-certified-later-2025 = Uw certified software-aanduiding levert de incentives voor verkopers op (BEN-SELLER-INCENTIVE) zodra de aanbieding geschikt is voor Azure IP co-sell.
rules-note-fee-gone-2025 = De verlaagde Microsoft Marketplace-vergoeding en de CSP-incentive van de eerdere regels bestaan niet meer: de standaardvergoeding is sinds 2022 3%.
rules-field-2023-offer-type-help = Bepaalt welke treden de aanbieding kan bereiken: de vijf Azure IP-typen kunnen geschikt worden voor Azure IP co-sell; apps en invoegtoepassingen voor Microsoft Office kunnen niet in co-sell.
rules-field-2023-live-help = Is de aanbieding live gepubliceerd? Partnercentrum toont de Co-sell-pagina alleen voor live aanbiedingen.
rules-field-2023-transactable-help = Wordt de aanbieding via de marketplace verkocht? Azure IP co-sell vereist een verhandelbare aanbieding, en dan telt ook de gefactureerde omzet mee.
rules-field-2023-mpn-id = Partner ID (voorheen MPN ID)
rules-field-2023-mpn-id-help = Uw Partner ID, voorheen de MPN ID: alleen cijfers.
rules-field-2023-isv-connect-help = Registratieniveau bij ISV Connect; Dynamics 365-apps op Dataverse en Power Apps, en Dynamics 365 Operations Apps hebben het nodig; Premium ontgrendelt de Business Applications-incentive.
rules-field-2023-solution-type-help = Precies één: Apparaat, IP (toepassing), Beheerde service of Service; Azure IP co-sell vereist IP.
rules-field-2023-area-help = Het eerste oplossingsgebied; de regels nemen er 1 tot 5.
rules-field-2023-sub-areas = {"  "}sales plays
rules-field-2023-sub-areas-help = 1 tot 5 sales plays van het gebied hierboven, gescheiden door komma's.
rules-field-2025-account-active-help = Is uw Microsoft Marketplace-account in Partnercentrum actief?
rules-field-2025-live-help = Is de aanbieding live gepubliceerd op Microsoft Marketplace? Partnercentrum toont de Co-sell-pagina alleen voor live aanbiedingen.
rules-field-2025-transactable-help = Wordt de aanbieding via Microsoft Marketplace verkocht (verhandelbaar)? Azure IP co-sell vereist een verhandelbare aanbieding.
rules-field-2025-isv-success = ISV Success
rules-field-2025-isv-success-help = Inschrijving bij ISV Success (geen, Standard of Premium); Dynamics 365-apps op Dataverse en Power Apps, en Dynamics 365 Operations Apps hebben het nodig; Premium ontgrendelt de Business Applications-incentive.
rules-field-2025-certified-help = Optioneel: een Solutions Partner with certified software-aanduiding (Azure of Security) of een Industry AI-aanduiding. Het verandert geen status; op de Azure IP-trede levert het de incentives voor verkopers op.
rules-field-2025-area-help = Het eerste oplossingsgebied; de regels nemen er 1 tot 5. FY26 heeft er drie: AI Business Solutions, Cloud and AI Platforms, Security.
rules-field-2025-sub-areas-help = 1 tot 5 sales plays van het gebied hierboven, gescheiden door komma's. Microsoft publiceert de FY26-sales plays maar niet hun gebieden: de indeling die cosell aanbiedt is een interpretatie.
rules-field-2025-azure-consumed-help = Azure-verbruiksomzet van de organisatie, afgelopen 12 maanden, in USD. Dit bedrag of de via Marketplace gefactureerde verkoop van USD 100.000 is genoeg; de twee worden niet opgeteld.
rules-field-2025-billed = Marketplace-omzet 12 mnd
rules-field-2025-billed-help = De via Microsoft Marketplace gefactureerde verkoop van uw organisatie, afgelopen 12 maanden, in USD; die telt mee of deze aanbieding nu verhandelbaar is of niet.
rules-test-summary = een editie alleen voor tests
rules-test-not-ready = Test: niet klaar
rules-test-in-market = Test: op de markt
rules-test-co-sell-ready = Test: gereed voor co-sell
rules-test-azure-ip = Test: Azure IP
rules-test-biz-apps = Test: Business Applications
rules-test-live = Live (testeditie)
rules-not-answered = niet beantwoord
rules-type-unknown-applies = niet beantwoord; het bepaalt of dit geldt
rules-type-unknown-programme = niet beantwoord; het bepaalt of { $programme } nodig is
rules-type-unknown-gold = niet beantwoord; het bepaalt of Gold nodig is
rules-type-unknown-designation = niet beantwoord; het bepaalt of een aanduiding nodig is
rules-only-azure-ip = alleen voor SaaS-, Azure Application-, Container-, Virtual Machine- en IoT Edge-aanbiedingen, niet voor { $offer_type }
rules-only-biz-apps = alleen voor Dynamics 365- en Power Apps-aanbiedingen, niet voor { $offer_type }
rules-premium-not-business-central = Business Central-aanbiedingen vallen in de regels van { $edition } niet onder de Premium-incentive
rules-only-ce-fo = alleen voor Dynamics 365-apps op Dataverse en Power Apps, en Dynamics 365 Operations Apps, niet voor { $offer_type }
rules-business-central-no-programme = Business Central-aanbiedingen hebben { $programme } niet nodig
rules-only-isv-offers = alleen voor Dynamics 365 CE-, Power Apps- en F&O-aanbiedingen
rules-only-services = alleen voor dienstenaanbiedingen en consultancydiensten
rules-only-consulting = alleen voor consultancyaanbiedingen, niet voor { $offer_type }
rules-diagram-not-mandatory = niet verplicht voor aanbiedingen van het type { $offer_type }
rules-pitch-deck-optional-2020 = optioneel in de regels van 2020-09
rules-account-met = { $partner_id } { $id }, account actief
rules-account-inactive = het { $account } is niet actief
rules-profile-met = bedrijfsprofiel volledig
rules-profile-unmet = vul het bedrijfsprofiel in Partnercentrum volledig in
rules-live-met = live gepubliceerd
rules-live-unmet = publiceer de aanbieding op { $storefront }
rules-gold-met = actieve Gold-competentie
rules-gold-unmet = dienstenaanbiedingen hebben een actieve Gold-competentie nodig
rules-designation-met = minstens één Solutions Partner-aanduiding
rules-designation-unmet = consultancyaanbiedingen hebben minstens één Solutions Partner-aanduiding nodig
rules-transactable-met = verhandelbaar via { $marketplace }
rules-transactable-unmet = Azure IP co-sell vereist een aanbieding die verhandelbaar is via { $marketplace } (sinds 2023-07-11 voor nieuwe aanbiedingen)
rules-offer-type-office = apps en invoegtoepassingen voor Microsoft Office (Teams, Outlook, Excel) komen niet in aanmerking voor co-sell
rules-offer-type-met = aanbiedingen van het type { $offer_type } hebben een co-sell-optie
rules-solution-type-ip-met = oplossingstype IP (toepassing)
rules-solution-type-ip-unmet = { $solution_type }; Azure IP co-sell vereist het oplossingstype IP (toepassing)
rules-programme-register = registreer u bij { $programme }
rules-programme-met = { $programme } { $tier }
rules-premium-met = { $programme } Premium: komt in aanmerking om voor de Premium-incentive te worden overwogen
rules-premium-unmet = niveau { $tier }; Premium is nodig
rules-doc-missing-one-pager = nog geen one-pager geüpload
rules-doc-missing-pitch-deck = nog geen pitch deck geüpload
rules-doc-missing-diagram = nog geen diagram geüpload
rules-doc-not-checked = niet gecontroleerd
rules-listing-no-platform = kies minstens één Microsoft-platform
rules-listing-no-segment = kies minstens één segment
rules-listing-no-solution-type = kies één oplossingstype
rules-listing-areas = { $count ->
        [one] 1 gebied
       *[other] { $count } gebieden
    }; kies er 1 tot { $max }
rules-listing-area-empty = leeg
rules-listing-sub-areas = { $area } heeft { $count } { $count ->
        [one] { $one }
       *[other] { $other }
    }; kies er { $max ->
        [2] 1 of 2
       *[other] 1 tot { $max }
    }
rules-listing-met-segments = { $platforms ->
        [one] 1 platform
       *[other] { $platforms } platforms
    }, { $segments ->
        [one] 1 segment
       *[other] { $segments } segmenten
    }, { $solution_type }, { $areas ->
        [one] 1 gebied
       *[other] { $areas } gebieden
    }
rules-listing-met = { $platforms ->
        [one] 1 platform
       *[other] { $platforms } platforms
    }, { $solution_type }, { $areas ->
        [one] 1 gebied
       *[other] { $areas } gebieden
    }
rules-markets-none = geef de landen op waar de aanbieding in aanmerking komt voor co-sell
rules-markets-global = OOO is voor contactpersonen; geef de landen van de markten op
rules-contacts-met = { $markets ->
        [one] 1 markt
       *[other] { $markets } markten
    } gedekt door { $contacts ->
        [one] 1 contactpersoon
       *[other] { $contacts } contactpersonen
    }
rules-contacts-uncovered = geen verkoopcontactpersoon voor { $markets }
rules-contacts-uncovered-more = geen verkoopcontactpersoon voor { $markets } en nog { $more }
rules-revenue-consumed-met = Azure-verbruiksomzet { $amount } ≥ { $threshold }
rules-revenue-billed-met = { $billed } { $amount } ≥ { $threshold }
rules-revenue-billed-not-transactable = gefactureerde omzet telt alleen voor verhandelbare aanbiedingen
rules-revenue-billed-transactable-unknown = offer.transactable is niet beantwoord, dus gefactureerde omzet kan niet meetellen
rules-revenue-billed-not-counted = { $amount }, maar { $why }; de Azure-verbruiksomzet is { $consumed }
rules-revenue-short = { $amount } is { $short } te weinig voor { $threshold }
rules-azure-share-default = standaard voldaan: verhandelbare VM of Azure Application
rules-azure-share-met = { $share } van de infrastructuur op Azure
rules-azure-share-unmet = { $share } op Azure; meer dan { $threshold } is nodig
rules-warning-microsoft-365 = Microsoft 365-apps zijn in juli 2021 uitgesloten van co-sell; controleer de huidige regels voordat u op deze status vertrouwt
rules-warning-platform = platform { $value } is geen van de selectievakjes van Partnercentrum
rules-warning-segment = segment { $value } is niet SMB, Corporate of Enterprise
rules-warning-area = oplossingsgebied { $value } staat niet in de catalogus
rules-warning-sub-area = { $sub_area } { $value } staat niet in de catalogus voor { $area }
rules-invalid-value = ongeldige waarde { $problem }
rules-checklist-head = { $name } ({ $offer_type }), regels { $edition }
rules-checklist-status-nothing = Status: { $rung } (nog geen trede bereikt) · volgende: { $next }
rules-checklist-status-reached = Status: { $rung } (bereikt) · volgende: { $next }
rules-checklist-status-top = Status: { $rung } (bereikt: de hoogste trede voor deze aanbieding)
rules-offer-type-not-chosen = aanbiedingstype niet gekozen
rules-state-met = voldaan
rules-state-unmet = NIET VOLDAAN
rules-state-na = n.v.t.
rules-checklist-uncovered = Markten zonder verkoopcontactpersoon:
rules-checklist-benefits = Ontgrendelde voordelen:
rules-none-yet = nog geen
rules-checklist-note = Let op: { $note }
rules-checklist-invalid = Ongeldige waarden (blokkeren de export):
rules-checklist-warnings = Waarschuwingen:
rules-checklist-next = Volgende: { $title }: { $reason } ({ $id })
rules-nothing-left = Niets meer te doen voor de treden die deze aanbieding kan bereiken.
rules-compare-head = { $name }: hetzelfde concept onder elke editie van de regels
rules-compare-status-reached = Bereikte status:
rules-compare-this-draft = (de regels van dit concept)
rules-compare-differences = Verschillen tussen de edities:
rules-compare-same = Hetzelfde in elke editie:
rules-compare-why-line = { $editions }: { $reason }
rules-compare-why = Waarom niet voldaan:
rules-compare-legend = ✓ voldaan  ✗ niet voldaan  — niet in die editie (n.v.t.: geldt niet voor deze aanbieding)
rules-compare-popup-title = Het concept onder elke editie van de regels
rules-compare-popup-this = { $edition } (dit concept)
rules-compare-popup-status = Status
rules-compare-popup-differences = Verschillen
rules-compare-popup-same = Hetzelfde in elke editie
rules-compare-popup-absent = —  niet in deze
rules-compare-popup-met = ✓ voldaan
rules-compare-popup-unmet = ✗ niet voldaan
rules-compare-popup-na = – n.v.t.
rules-compare-popup-every = elke editie
rules-panel-title = {" "}Status · regels { $edition }{" "}
rules-panel-benefits-none = Voordelen: nog geen
rules-panel-benefits = Voordelen: { $benefits }
rules-panel-focused = { $title } [{ $id }]: { $reason }
rules-panel-go-to = {" "}(Enter: ga naar { $field })
rules-panel-next = Volgende: { $title }: { $reason }
rules-panel-compact-count = {" "}· { $met } van { $total } voldaan
rules-panel-compact-details = {" "}· s: details

## Wizard: screens, dialogs, keys, fields and their checks (src/tui, src/fields, steps.rs, field_ids.rs)
## @section wizard: add this area's messages below, above the next section
wiz-contact-discard = Wijzigingen niet bewaard: nogmaals Esc gooit ze weg, Ctrl-S bewaart de contactpersoon.
wiz-help-always = Altijd
wiz-help-global = Overal behalve tijdens het typen
wiz-help-wizard = In een concept
wiz-help-start = Concepten
wiz-help-form = Formulieren
wiz-help-contacts = Scherm Contactpersonen
wiz-help-review = Scherm Controle
wiz-help-panel = Statuspaneel
wiz-help-edit = Tijdens het typen van een waarde
wiz-help-choice = Lijsten (typ om te zoeken)
wiz-help-confirm = Vragen
wiz-help-message = Berichten
wiz-help-help = Deze hulp
wiz-help-input = Dialogen voor naam en pad
wiz-help-contact = Formulier contactpersoon
wiz-help-files = Bestandskiezer (typ om te filteren)
wiz-help-compare = Edities naast elkaar
wiz-key-scroll = scrollen
wiz-key-next = volgende
wiz-key-page-down = pagina omlaag
wiz-key-page-up = pagina omhoog
wiz-key-cancel = annuleren
wiz-key-choose-a-file = bestand kiezen
wiz-key-clear-the-line = regel wissen
wiz-key-quit-asks = stop (vraagt eerst als er iets niet bewaard is)
wiz-key-help = hulp
wiz-key-quit = stop
wiz-key-open = open
wiz-key-new-draft = nieuw
wiz-key-rename = hernoem
wiz-key-duplicate = kopieer
wiz-key-delete = wis
wiz-key-next-draft = volgend concept
wiz-key-previous-draft = vorig concept
wiz-key-go-to-the-field-that-fixes-it = naar het veld dat het oplost
wiz-key-next-requirement = volgende vereiste
wiz-key-previous-requirement = vorige vereiste
wiz-key-back-to-the-form = terug naar formulier
wiz-key-add = nieuw
wiz-key-undo = ongedaan maken
wiz-key-import-csv = CSV importeren
wiz-key-export-csv = CSV exporteren
wiz-key-filter = filteren
wiz-key-scroll-the-coverage-down = dekking omlaag scrollen
wiz-key-scroll-the-coverage-up = dekking omhoog scrollen
wiz-key-coverage-on-a-map-as-a-list = dekking op een kaart / als lijst
wiz-key-export-json = JSON exporteren
wiz-key-kit-for-partner-center = kit voor Partnercentrum
wiz-key-json-summary = JSON / overzicht
wiz-key-scroll-down = omlaag scrollen
wiz-key-scroll-up = omhoog scrollen
wiz-key-next-field = volgend veld
wiz-key-previous-field = vorig veld
wiz-key-edit = wijzig
wiz-key-clear = wis
wiz-key-next-step = volgende
wiz-key-back = terug
wiz-key-go-to-a-step = naar een stap
wiz-key-status = status
wiz-key-compare-editions = edities vergelijken
wiz-key-switch-rules-edition = andere editie van de regels
wiz-key-keep = bewaar
wiz-key-keep-next-in-a-path-complete = bewaar & volgende (pad: aanvullen)
wiz-key-keep-previous = bewaar & vorige
wiz-key-keep-next = bewaar & volgende
wiz-key-previous = vorige
wiz-key-tick = aanvinken
wiz-key-type-a-value-instead = zelf typen
wiz-key-open-folder-choose-file = map openen / bestand kiezen
wiz-key-parent-folder = bovenliggende map
wiz-key-confirm = bevestig
wiz-key-complete-the-path = pad aanvullen
wiz-key-clear-the-search = zoekopdracht wissen
wiz-key-clear-the-filter = filter wissen
wiz-key-next-last-save = volgende (laatste: opslaan)
wiz-key-save = opslaan
wiz-key-pick-countries-from-a-list = landen uit een lijst kiezen
wiz-key-yes = ja
wiz-key-no = nee
wiz-key-the-other-choice = de andere keuze
wiz-key-close = sluiten
wiz-key-switch-the-draft-s-edition = editie van het concept wijzigen
wiz-cannot-list-drafts = kan de concepten niet weergeven: { $error }
wiz-opened-an-export = Dit bestand is een export: het statusblok en de vingerafdrukken vervallen bij de eerste wijziging
wiz-resumed-at = Verder bij { $step }
wiz-not-saved = NIET OPGESLAGEN: { $error }
wiz-not-saved-stays-open = NIET OPGESLAGEN: { $error }; het concept blijft open (q vraagt of u wilt afsluiten zonder op te slaan)
wiz-not-saved-kept-in-memory = NIET OPGESLAGEN: { $error }; uw wijzigingen blijven in het geheugen
wiz-quit-unsaved-title = Afsluiten zonder opslaan?
wiz-quit-unsaved-lost = Uw laatste wijzigingen zijn NIET opgeslagen:
wiz-quit-unsaved-kept = Ze blijven in het geheugen zolang cosell draait.
wiz-answer-retry-save = opnieuw opslaan
wiz-answer-quit-and-lose = afsluiten, ze gaan verloren
wiz-answer-stay = blijven
wiz-conflict-status = NIET OPGESLAGEN: { $name } is door een ander programma gewijzigd; kies wat u bewaart
wiz-conflict-title = Het concept is op schijf gewijzigd
wiz-conflict-changed = Een ander programma heeft { $name } gewijzigd nadat cosell het las.
wiz-conflict-nothing-overwritten = Er is niets opgeslagen, dus niets van de ander is overschreven.
wiz-conflict-keep-mine = Mijne houden: die van de ander blijft ernaast als .theirs-….json-bestand.
wiz-conflict-reload-theirs = Die van de ander laden: uw niet-opgeslagen wijzigingen vervallen (vergelijken toont ze).
wiz-conflict-later = Later: er wordt niets opgeslagen tot u kiest.
wiz-answer-keep-mine = mijne houden
wiz-answer-reload-theirs = die van de ander laden
wiz-answer-compare = vergelijken
wiz-answer-later = later
wiz-export-needs-first = Voor de export is eerst dit nodig:
wiz-export-not-ready = Nog niet klaar voor export
wiz-delete-contact-title = Contactpersoon verwijderen?
wiz-delete-contact = { $name } verwijderen? (u maakt het ongedaan)
wiz-answer-delete = verwijderen
wiz-answer-keep = houden
wiz-delete-link = De koppeling { $name } uit de concepten verwijderen?
wiz-delete-link-target-kept = Het doel { $target } blijft bestaan.
wiz-delete-draft = Het concept { $name } en het bestand verwijderen?
wiz-cannot-be-undone = Dit kan niet ongedaan worden gemaakt.
wiz-delete-draft-title = Concept verwijderen?
wiz-copied-draft = { $name } gekopieerd naar { $copy }
wiz-switch-status = Status: { $before } → { $after }
wiz-switch-absent = ontbreekt
wiz-switch-not-applicable = n.v.t.
wiz-switch-new-field = Nieuw veld: { $field }
wiz-switch-field-gone = Niet meer gevraagd: { $field }
wiz-switch-title = Overstappen op de regels van { $edition }?
wiz-answer-switch = overstappen
wiz-answer-keep-rules = huidige regels houden
wiz-restored = { $name } teruggezet
wiz-import-undone = { $count ->
    [one] Import ongedaan gemaakt: { $count } contactpersoon terug
   *[other] Import ongedaan gemaakt: { $count } contactpersonen terug
}
wiz-nothing-to-undo = Niets om ongedaan te maken
wiz-copy-in-title = Naar de map van het concept kopiëren?
wiz-copy-in-outside = Het bestand staat buiten de map van het concept: een kopie van het concept elders (een git-clone) vindt het niet.
wiz-copy-in-ask = Naar { $folder } kopiëren en de kopie gebruiken?
wiz-answer-copy-in = kopiëren
wiz-answer-leave-it = laten waar het staat
wiz-created-draft = Concept { $name } gemaakt in { $dir }
wiz-draft-exists-title = Er bestaat al een concept met die naam
wiz-draft-exists = Er is al een concept met de naam { $name }.
wiz-answer-open-it = openen
wiz-answer-create = { $name } maken
wiz-answer-cancel = annuleren
wiz-type-offer-name = typ de naam van de aanbieding
wiz-type-new-name = typ de nieuwe naam
wiz-renamed = { $name } hernoemd naar { $new }
wiz-replace-file-title = Bestand vervangen?
wiz-replace-file = { $path } bestaat al. Vervangen?
wiz-answer-replace = vervangen
wiz-kit-writer-stopped = het schrijven van de kit is gestopt
wiz-writing-kit = Kit wordt geschreven naar { $dir }
wiz-import-not-a-csv = { $path } is { $kind }, geen CSV-bestand
wiz-wrote-contacts = { $count ->
    [one] { $count } contactpersoon geschreven naar { $path }
   *[other] { $count } contactpersonen geschreven naar { $path }
}
wiz-exported = Geëxporteerd ({ $status }) naar { $path }
wiz-import-stopped = de import is gestopt
wiz-importing = { $path } importeren
wiz-import-refused-problems = { $count ->
    [one] { $count } probleem; er is niets geïmporteerd, uw contactpersonen zijn ongewijzigd:
   *[other] { $count } problemen; er is niets geïmporteerd, uw contactpersonen zijn ongewijzigd:
}
wiz-and-more = … en nog { $count }
wiz-import-refused = Import geweigerd
wiz-replace-contacts-title = Contactpersonen vervangen?
wiz-answer-replace-contacts = alle contactpersonen vervangen
wiz-answer-keep-contacts = de huidige houden
wiz-count-documents = { $count ->
    [one] { $count } document
   *[other] { $count } documenten
}
wiz-count-contacts = { $count ->
    [one] { $count } contactpersoon
   *[other] { $count } contactpersonen
}
wiz-wrote-kit = Kit geschreven: { $place } ({ $documents }, { $contacts }; CHECKLIST.md ernaast)
wiz-kit-not-written = Kit niet geschreven
wiz-saved-yours-kept = Uw versie opgeslagen; die van de ander staat in { $name }
wiz-saved-yours-removed = Uw versie opgeslagen (het andere programma had het bestand verwijderd)
wiz-reloaded-nothing-differed = niets van u week af
wiz-reloaded-dropped = uw wijzigingen aan { $fields } zijn vervallen
wiz-reloaded-theirs = Versie van de ander geladen: { $what }
wiz-cannot-reload = Kan de versie van de ander niet laden: { $error }
wiz-compare-same = Beide versies bevatten dezelfde waarden.
wiz-compare-differs = Waar uw versie afwijkt van het bestand op schijf:
wiz-compare-unreadable = Kan de andere versie niet lezen: { $error }
wiz-compare-title = Uw versie en die van de ander
wiz-conflict-undecided = NIET OPGESLAGEN: het concept is op schijf gewijzigd; sluit af of wijzig iets om opnieuw te kiezen
wiz-copied-in = Gekopieerd; het concept gebruikt nu { $path }
wiz-not-copied = Niet gekopieerd: { $error }
wiz-deleted = { $name } verwijderd
wiz-removed-link = Koppeling { $name } verwijderd
wiz-removed-link-kept = Koppeling { $name } verwijderd; het doel { $target } blijft bestaan
wiz-matches = Overeenkomsten: { $values }
wiz-quit-editing-title = Afsluiten?
wiz-quit-editing = De waarde die u typt, is nog niet bewaard.
wiz-answer-quit-without-it = afsluiten zonder de waarde
wiz-answer-keep-editing = verder typen
wiz-nothing-to-do = { $title }: niets te doen
wiz-fix-first = Los dit eerst op (teruggaan kan altijd): { $error }
wiz-deleted-undo = { $name } verwijderd (u maakt ongedaan)
wiz-imported = { $count ->
    [one] { $count } contactpersoon geïmporteerd (u maakt ongedaan)
   *[other] { $count } contactpersonen geïmporteerd (u maakt ongedaan)
}
wiz-now-uses-rules = Het concept gebruikt nu de regels van { $edition }
wiz-saved = Opgeslagen
wiz-no-raw-mode = kan de terminal niet in raw-modus zetten
wiz-cannot-open = kan { $path } niet openen
wiz-step-of = stap { $number } van { $count }
wiz-title-rules = regels { $edition }
wiz-title-not-saved = NIET OPGESLAGEN
wiz-title-saving = opslaan…
wiz-title-saved-at = opgeslagen { $time }
wiz-title-saved = opgeslagen
wiz-too-small = Vergroot de terminal tot minstens { $size } (nu { $now }). q sluit af; uw concept is opgeslagen.
wiz-too-small-short = Vergroot tot { $size } (nu { $now }); q sluit af
wiz-too-small-shorter = Nodig: { $size }; q sluit af
wiz-did-you-mean = { $reason }; bedoelt u bij { $code } { $suggestion } ({ $name })?
wiz-not-in-catalogue = { $value } (niet in de catalogus)
wiz-country-not-iso-did-you-mean = { $code }  (geen ISO-code; bedoelt u { $suggestion }, { $name }?)
wiz-country-not-iso = { $code }  (geen ISO-landcode)
wiz-country-global = { $code }  Alle landen (wereldwijd contact)
wiz-country-not-in-partner-center = {"  "}(niet in de lijst van Partnercentrum)
wiz-countries-title = Landen
wiz-countries-help = Typ om te zoeken op naam of code; spatie vinkt aan.
wiz-edition-for-new = Aan welke co-sell-regels moet { $name } worden getoetst? { $edition } is { $summary }.
wiz-edition-for-draft = Aan welke co-sell-regels moet dit concept worden getoetst?
wiz-edition-title = Editie van de regels
wiz-new-draft-title = Nieuw concept
wiz-new-draft-help = De naam van de aanbieding, zoals in Partnercentrum. Daarna kiest u de editie van de regels.
wiz-rename-title = Concept hernoemen
wiz-rename-help = Een nieuwe naam voor { $name } (het bestand wordt hernoemd).
wiz-import-title = Contactpersonen importeren
wiz-import-help = De CSV met contactpersonen uit Partnercentrum. Die vervangt alle contactpersonen; u ziet eerst wat er verandert.
wiz-export-csv-title = Contactpersonen exporteren
wiz-export-csv-help = Schrijf de contactpersonen als CSV voor Partnercentrum (UTF-8 met BOM, opent in Excel) naar:
wiz-export-json-title = Inzending exporteren
wiz-export-json-help = Schrijf de JSON van de inzending met het statusblok van { $edition } naar:
wiz-kit-title = Kit voor Partnercentrum
wiz-kit-help = Een nieuwe map met de export, contacts.csv, de documenten genummerd in de volgorde van Partnercentrum en CHECKLIST.md, de stappen in de browser:
wiz-working = Bezig… (Ctrl-C sluit af)
wiz-help-title = Toetsen
wiz-help-marks = Tekens: ✓ voldaan/geldig/klaar  ✗ niet voldaan/ongeldig  — n.v.t.  • bezig  ○ niet begonnen  * verplicht
wiz-help-mouse = Muis: klik op een stap, een veld, een rij of een antwoord; het wieltje scrolt.
wiz-progress-read = { $percent } gelezen
wiz-ctrl-c-quits = Ctrl-C sluit af
wiz-choice-ticked = { $title } ({ $count } aangevinkt)
wiz-choice-search = Zoeken: { $search }▏  { $shown } van { $count }
wiz-choice-no-match = Niets gevonden; Backspace verruimt de zoekopdracht.
wiz-contact-edit-title = Contactpersoon wijzigen
wiz-contact-new-title = Nieuwe contactpersoon
wiz-pick-from-list = uit de lijst kiezen
wiz-files-title = Kies een bestand
wiz-files-filter = Filter: { $filter }▏
wiz-start-intro = Co-sell met Microsoft: vul de gegevens in en zie welke status ze opleveren.
wiz-start-resume = Open een concept of begin een nieuw. Elke wijziging wordt opgeslagen.
wiz-start-drafts = Concepten
wiz-start-unreadable = onleesbaar: { $error }
wiz-start-new-rules = Nieuwe concepten: regels
wiz-start-todays = (het huidige Partnercentrum)
wiz-start-folder = Map met concepten: { $dir }
wiz-markets-choose = (kies de landen)
wiz-map-needs = De kaart heeft { $size } of meer nodig; { $key } verbergt hem.
wiz-markets-help = Enter kiest de landen; elk land heeft een verkoopcontactpersoon nodig (of een met OOO).
wiz-coverage-title = { $count ->
    [one] Dekking: { $covered } van { $count } markt
   *[other] Dekking: { $covered } van { $count } markten
}
wiz-coverage-as-list = { $key } lijst
wiz-coverage-on-map = { $key } kaart
wiz-not-a-country-code = (geen landcode)
wiz-no-sales-contact = geen verkoopcontactpersoon
wiz-coverage-more = nog { $count } ([ ] of het wieltje scrolt)
wiz-coverage-above = { $count } hierboven
wiz-coverage-above-more = { $above } hierboven, nog { $count }
wiz-no-markets = Nog geen markten: kies hierboven de landen.
wiz-contacts-filtered = Contactpersonen: { $shown } van { $count } passen bij { $filter }
wiz-contacts-title = Contactpersonen ({ $count })
wiz-col-name = Naam
wiz-col-email = E-mail
wiz-col-job-title = Functie
wiz-col-role = Rol
wiz-col-countries = Landen
wiz-col-states = Staten
wiz-no-contacts = Geen contactpersonen: { $add } voegt er een toe, { $import } importeert een CSV uit Partnercentrum.
wiz-contacts-filter = Filter: { $filter }▏  Enter bewaart, Esc wist
wiz-contacts-filter-help = / wijzigt het filter; Esc daarin wist het
wiz-diagram-guidance = Laat de infrastructuur zien waarop de aanbieding steunt: de cloudservices die haar hosten of waarmee ze praat, dataservices, beveiliging en identiteit, gebruikersinterfaces, hybride verbindingen. Het toont welke Microsoft-services worden gebruikt, niet hoe goed de architectuur is. Elk tekenprogramma volstaat; upload een pdf of een afbeelding.
wiz-preview-failed-check = geen voorbeeld: het bestand kwam niet door de controle
wiz-preview-pdf = PDF, { $size }: pagina's worden hier niet getekend; open het om te controleren
wiz-preview-no-type = geen voorbeeld voor dit bestandstype
wiz-preview-decoding = decoderen…
wiz-preview-reader-stopped = het lezen van de afbeelding is gestopt
wiz-preview-pixels = { $size } pixels
wiz-preview-cannot-show = kan de afbeelding niet tonen
wiz-preview-cannot-show-why = kan de afbeelding niet tonen: { $error }
wiz-preview-title = Voorbeeld { $info }
wiz-no-diagram = Nog geen diagram gekozen.
wiz-checking = wordt gecontroleerd…
wiz-not-needed = niet nodig
wiz-empty-choose = (kies)
wiz-empty-yes-no = (ja/nee)
wiz-not-needed-why = Niet nodig: { $why }.
wiz-thresholds = Drempels ({ $status })
wiz-json-preview-stopped = (het JSON-voorbeeld is gestopt; schakel het opnieuw in om het nog eens te proberen)
wiz-json-export-time = (het tijdstip van de export)
wiz-json-preparing = (JSON-voorbeeld wordt voorbereid…)
wiz-json-more-lines = … nog { $count } regels: exporteer de JSON ({ $key }) om het hele bestand te lezen
wiz-benefits-none = Voordelen: nog geen
wiz-benefits = Voordelen: { $benefits }
wiz-step-complete = compleet
wiz-step-invalid = ongeldige waarde
wiz-step-missing = er ontbreekt iets
wiz-step-not-started = niet begonnen
wiz-offer-live = live
wiz-offer-not-live = niet live
wiz-review-contacts = { $contacts } voor { $markets }, { $count } zonder verkoopcontactpersoon
wiz-nothing-missing = Er ontbreekt niets voor de niveaus die deze aanbieding kan halen.
wiz-what-is-missing = Wat ontbreekt
wiz-more-invalid = … en nog { $count } ongeldige waarden
wiz-note = Opmerking: { $note }
wiz-review-export = JSON exporteren
wiz-review-export-blocked = Exporteren (eerst ✗ oplossen)
wiz-review-kit = Kit
wiz-review-summary = Overzicht
wiz-review-exact-json = Exacte JSON
wiz-map-covered = gedekt
wiz-map-uncovered = niet gedekt

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
cli-error-unknown-command = { $name } is geen opdracht
cli-error-unknown-argument = { $name } is hier geen optie
cli-error-missing = ontbreekt: { $names }
cli-error-invalid-value = { $value } is geen waarde die { $arg } aanneemt ({ $choices })
cli-error-try-help = cosell --help toont de opdrachten en hun opties.
lang-unknown = cosell: { $variable }={ $value } is geen taal die cosell spreekt ({ $codes }); cosell gebruikt Engels

# --help: the headings clap writes (it adds the colon), then each command's and argument's help:
# cli-help-<command>-<argument> (main: cosell itself).
cli-heading-usage = Gebruik:
cli-heading-commands = Opdrachten
cli-heading-arguments = Argumenten
cli-heading-options = Opties
cli-about = Vul het tabblad Co-sell met Microsoft van een aanbieding in het Partnercentrum in, zie welke co-sell-status het oplevert en exporteer het
cli-long-about =
    Vul de co-sell-gegevens van een aanbieding in het Partnercentrum in, zie welke co-sell-status die oplevert en waarom (Niet gereed voor co-sell, Gereed voor co-sell, Azure IP co-sell gemotiveerd of in aanmerking, Business Applications-incentive) en exporteer de inzending als JSON.

    Zonder opdracht opent cosell de wizard: een formulier op het hele scherm met een statuspaneel dat meeloopt. Concepten worden bij elke wijziging opgeslagen in de conceptenmap (COSELL_HOME, of je gegevensmap).

    Regelsversies:
    { $editions }
cli-long-about-default-edition = ; de standaard voor nieuwe concepten
cli-after-help =
    Voorbeelden:
      cosell                                   de wizard openen (een concept hervatten of beginnen)
      cosell --plain                           dezelfde stappen als vragen per regel
      cosell list                              concepten met hun status
      cosell status contoso-insights           welke vereisten voldaan zijn, en waarom
      cosell status contoso-insights --compare alle regelsversies naast elkaar
      cosell status ./offer.json --json        het statusblok als JSON
      cosell export contoso-insights -o out.json
      cosell export contoso-insights --kit kit/   de overdrachtskit voor het Partnercentrum
      cosell contacts template -o contacts.csv
      cosell contacts import contoso-insights contacts.csv

    Afsluitcodes: 0 gelukt, 1 geweigerd (onvolledige export, ongeldige of afgewezen import, concept elders geopend), 2 onleesbaar bestand of verkeerd gebruik.
cli-help-arg-help = Help tonen
    .more = Help tonen (meer met '--help')
    .summary = Help tonen (een samenvatting met '-h')
cli-help-arg-version = Versie tonen
cli-help-arg-lang = Taal waarin cosell spreekt ({ $codes }); standaard: COSELL_LANG, dan LC_ALL, LC_MESSAGES, LANG. Bestanden en JSON zijn in elke taal gelijk
cli-help-help = Deze tekst tonen, of de help van de genoemde opdracht(en)
cli-help-help-subcommand = De help van deze opdracht(en) tonen
cli-help-main-plain = Vragen per regel in plaats van de wizard op het hele scherm (vanzelf bij TERM=dumb of als de uitvoer naar een pipe gaat)
cli-help-main-mono = Zwart-witthema dat focus en fouten met tekens aangeeft (ook bij NO_COLOR)
cli-help-main-draft = Dit concept openen (een naam uit `cosell list`, of een pad) in plaats van het startscherm
cli-help-list = De concepten tonen met naam van de aanbieding, status, volledigheid en laatste wijziging
cli-help-list-json = Een JSON-array afdrukken (name, path, offer, rules, status, completeness, modified, error)
cli-help-status = De co-sell-status van een concept tonen: elke vereiste, voldaan of niet, en waarom
cli-help-status-draft = Een conceptnaam (zie `cosell list`), of het pad van een concept- of exportbestand
cli-help-status-json = Het statusblok als JSON afdrukken (spec §7); met --compare één blok per versie
cli-help-status-rules = Regelsversie waarmee beoordeeld wordt (standaard: die van het bestand)
cli-help-status-compare = De status onder elke regelsversie naast elkaar tonen, verschillen eerst
cli-help-export = De voltooide inzending exporteren als JSON, met vingerafdrukken van de documenten en het statusblok
cli-help-export-draft = Een conceptnaam, of het pad van een conceptbestand
cli-help-export-output = Waar het heen moet; `-` voor standaarduitvoer (standaard: NAAM.export.json hier)
cli-help-export-kit = In plaats daarvan een overdrachtskit voor het Partnercentrum in deze nieuwe map schrijven: submission.json, contacts.csv, de documenten genummerd in de volgorde van het Partnercentrum, CHECKLIST.md en index.html (dezelfde stappen als pagina met Kopiëren-knoppen)
cli-help-export-allow-incomplete = Ook exporteren als vereisten van het tabblad niet voldaan zijn of waarden ongeldig zijn
cli-help-export-rules = Regelsversie waarmee beoordeeld wordt (standaard: die van het bestand)
# The heading of the editions list in `status --help` and `export --help` (not English: clap writes it).
cli-help-editions = Regelsversies:
cli-help-schema = Het JSON-schema van het inzendingsbestand afdrukken (concepten en exports)
cli-help-completions = Een script voor aanvulling in de shell afdrukken: `cosell completions bash > ~/.local/share/bash-completion/completions/cosell`
cli-help-completions-shell = bash, zsh, fish, powershell of elvish
cli-help-man = De handleidingpagina (roff) afdrukken: `cosell man > cosell.1 && man ./cosell.1`
cli-help-contacts = Contactpersonen-CSV van het Partnercentrum: sjabloon, import, export
cli-help-contacts-template = Het CSV-sjabloon schrijven dat het Partnercentrum importeert (kopregel en één voorbeeldregel)
cli-help-contacts-template-output = Waar het heen moet; `-` of niets voor standaarduitvoer
cli-help-contacts-template-delimiter = Scheidingsteken: `,` (standaard) of `;` (wat Excel in veel Europese landinstellingen verwacht)
cli-help-contacts-template-unix = Gewoon UTF-8 met LF-regeleinden, voor scripts (standaard: UTF-8 met BOM en CRLF, voor Excel)
cli-help-contacts-import = De contactpersonen van een concept vervangen door die uit een CSV-bestand (toont wat er verandert en vraagt eerst)
cli-help-contacts-import-draft = Een conceptnaam, of het pad van een conceptbestand
cli-help-contacts-import-csv = Het CSV-bestand: gescheiden door komma's, puntkomma's of tabs; UTF-8 (met of zonder BOM), UTF-16 met BOM ("Unicode-tekst" van Excel) of Windows-1252 ("CSV" van Excel op West-Europese Windows)
cli-help-contacts-import-yes = Vervangen zonder te vragen
cli-help-contacts-export = De contactpersonen van een concept schrijven als CSV voor het Partnercentrum
cli-help-contacts-export-draft = Een conceptnaam, of het pad van een conceptbestand
cli-help-contacts-export-output = Waar het heen moet; `-` of niets voor standaarduitvoer
cli-help-contacts-export-delimiter = Scheidingsteken: `,` (standaard) of `;` (wat Excel in veel Europese landinstellingen verwacht)
cli-help-contacts-export-unix = Gewoon UTF-8 met LF-regeleinden, voor scripts (standaard: UTF-8 met BOM en CRLF, voor Excel)
cli-not-an-edition = { $value } is geen regelsversie; gebruik { $names }

# Messages of the commands
cli-list-empty = Geen concepten in { $dir }. Start `cosell` om er een te beginnen.
cli-list-title = Concepten in { $dir }:
cli-list-name = NAAM
cli-list-offer = AANBIEDING
cli-list-status = STATUS
cli-list-done = KLAAR
cli-list-modified = GEWIJZIGD
cli-list-unreadable = onleesbaar: { $error }
cli-list-status-rules = { $status } ({ $rules })
cli-list-when = { $date } { $time }
cli-exported = { $offer } ({ $status }) geëxporteerd naar { $target }
cli-kit-progress = De kit wordt geschreven…
cli-kit-written =
    De kit staat in { $dir }: submission.json, contacts.csv ({ $contacts ->
        [one] { $contacts } contactpersoon
       *[other] { $contacts } contactpersonen
    }), { $documents ->
        [one] { $documents } document
       *[other] { $documents } documenten
    } in documents/, CHECKLIST.md, index.html
    Om ermee te werken: { $hint }
cli-wrote = { $target } geschreven
cli-wrote-contacts = { $count ->
        [one] { $count } contactpersoon
       *[other] { $count } contactpersonen
    } geschreven naar { $target }
cli-import-warning = waarschuwing: { $warning }
cli-import-not-replaced = niet vervangen: bevestig met --yes als cosell niet in een terminal draait
cli-import-ask = De contactpersonen van { $offer } vervangen? [j/N]{" "}
# The answers that mean yes to cli-import-ask (besides y and yes, which always do), lowercase, separated by spaces.
cli-import-yes-words = j ja
cli-import-declined = niets gewijzigd: de import is afgewezen
cli-imported = { $count ->
        [one] { $count } contactpersoon
       *[other] { $count } contactpersonen
    } geïmporteerd in { $path }

# Plain mode (cosell --plain). The command words stay English in every language (scripts type
# them); plain-word-<command> lists words of the reader's language that mean the same.
plain-commands = Bij elke vraag: ? help, back (terug), step N (stap, 1 t/m 7), fields (velden), edit N (wijzig), status, save (opslaan), quit (stoppen). Enter houdt de huidige waarde, - wist die.
plain-welcome = cosell, regelmodus. { $commands }
# A field and its value, a prompt, a prompt with the current value.
plain-label-value = { $label }: { $value }
plain-prompt = { $label }:
plain-prompt-current = { $label } [{ $value }]:
plain-word-back = terug
plain-word-quit = stoppen afsluiten
plain-word-help = hulp
plain-word-status = status
plain-word-save = opslaan bewaar
plain-word-fields = velden
plain-word-step = stap
plain-word-edit = wijzig bewerk
plain-word-keep = behouden
plain-word-reload = herladen
plain-word-compare = vergelijken
plain-leave-words = annuleren
plain-skip-words = overslaan volgende nee geen klaar
plain-yes-words = j ja
plain-no-words = n nee
plain-input-failed = de invoer kon na regel { $line } niet gelezen worden: { $error }
plain-line-too-long = regel { $line } van de invoer is langer dan { $kb } KB
plain-line-not-utf8 = regel { $line } van de invoer is geen geldige UTF-8 (byte { $byte } van de regel)
plain-type-again = ✗ { $why }; typ het antwoord opnieuw.
plain-stopping-here = ✗ { $why }; cosell stopt hier, niets daarna is gelezen.
plain-refused-repeatedly = het antwoord { $answer } is { $count } keer achter elkaar geweigerd (regel { $line }); cosell stopt
plain-yes-no-question = { $prompt } (ja/nee):
plain-answer-yes-no = Antwoord ja of nee.
plain-type-step = Typ step (of stap) en een getal van 1 tot en met { $count }.
plain-type-edit = Typ edit (of wijzig) en een veldnummer van 1 tot en met { $count }; fields toont ze.
plain-step-no-fields = { $step } heeft geen velden; step N gaat naar een andere stap.
plain-fields-of-step = Velden van stap { $number } ({ $step }):
plain-fields-contacts = Contactpersonen: { $count ->
        [one] { $count } contactpersoon
       *[other] { $count } contactpersonen
    }
plain-not-needed = niet nodig ({ $why })
plain-not-asked-slot = niet gevraagd: het vak ervoor is leeg
plain-not-asked-while-empty = niet gevraagd zolang het vak ervoor leeg is
plain-not-answered = niet beantwoord
plain-field-to-edit = Veld om te wijzigen, 1 t/m { $count } (Enter: hier blijven):
plain-number-between = Typ een getal van 1 tot en met { $count }.
plain-field-not-needed = { $label }: niet nodig ({ $why }).
plain-cannot-edit = { $label }: { $why }.
plain-saved = { $path } opgeslagen.
plain-not-saved = NIET OPGESLAGEN: { $error }
plain-conflict = Een ander programma heeft { $name } gewijzigd nadat cosell het las. Er is niets opgeslagen, dus niets van hen is overschreven.
plain-conflict-ask = Jouw versie houden (die van hen blijft ernaast bewaard), die van hen herladen (je niet-opgeslagen wijzigingen vervallen), of eerst vergelijken? (keep/reload/compare):
plain-kept-yours = Jouw versie is opgeslagen; die van hen is bewaard als { $path }.
plain-kept-yours-removed = Jouw versie is opgeslagen (het andere programma had het bestand verwijderd).
plain-reloaded = Hun versie is herladen.
plain-reloaded-dropped = Hun versie is herladen; vervallen: { $dropped }.
plain-cannot-reload = ✗ Herladen lukt niet: { $error }
plain-compare-same = De twee versies bevatten dezelfde waarden.
plain-compare-title = Waar jouw versie afwijkt van het bestand op schijf:
plain-cannot-read-theirs = ✗ Hun versie is niet te lezen: { $error }
plain-answer-keep-reload = Antwoord keep, reload of compare.
plain-required = verplicht
plain-optional = optioneel
plain-field-heading = { $label } ({ $need }), nu: { $value }
plain-choice-prompt = Een getal van 1 t/m { $count }, of een naam:
plain-multi-prompt = Getallen van 1 t/m { $count } of namen, gescheiden door komma's:
plain-list-prompt = { $label }, gescheiden door komma's:
plain-yes-no-prompt = Typ ja of nee:
plain-money-prompt = { $label } (USD, bijvoorbeeld { $example }):
plain-percent-prompt = { $label } (een percentage, bijvoorbeeld { $example }):
plain-cleared = { $label }: gewist
plain-fix-it = { $problem }. Verbeter het, of - om te wissen.
plain-outside-folder = Het bestand staat buiten de map van het concept: een kopie van het concept elders (een git-clone) vindt het niet.
plain-copy-ask = Het kopiëren naar documents/ naast het concept en de kopie gebruiken?
plain-copied = Gekopieerd; het concept gebruikt nu { $path }.
plain-not-copied = ✗ Niet gekopieerd: { $error }
plain-contacts-title = Contactpersonen ({ $count }):
plain-contact-ok = ok
plain-contact-invalid = ONGELDIG
plain-no-role = geen rol
plain-coverage = Dekking:
plain-covered = gedekt
plain-not-covered = GEEN VERKOOPCONTACTPERSOON VAN DE PARTNER
plain-contacts-prompt = a: toevoegen, e N: wijzigen, d N: verwijderen, i BESTAND: CSV importeren, x BESTAND: CSV exporteren, Enter: volgende stap:
plain-contacts-help = Elke markt heeft een verkoopcontactpersoon van de partner nodig (of een met OOO).
plain-delete-ask = { $name } verwijderen?
plain-wrote = { $path } geschreven.
plain-contacts-none-commands = { $typed }: typ a om een contactpersoon toe te voegen, of i BESTAND om een CSV te importeren
plain-contacts-commands = { $typed }: typ a, e N of d N met N van 1 t/m { $count }, i BESTAND of x BESTAND
plain-warning = waarschuwing: { $warning }
plain-replace-ask = Alle contactpersonen vervangen?
plain-replaced = Vervangen.
plain-nothing-changed = Niets gewijzigd.
plain-role-prompt = Rol: een getal van 1 t/m { $count }, of een naam:
plain-contact-not-saved = De contactpersoon is niet opgeslagen.
plain-export-needs = Voor de export is eerst dit nodig:
plain-review-prompt = Enter om af te ronden, back om terug te gaan, step N om naar een stap te gaan:
plain-review-help = De lijst hierboven zegt wat er nog moet gebeuren.
plain-export-prompt = Naar welk bestand exporteren? (Enter: { $file }, skip of - om over te slaan):
plain-export-help = Schrijft de inzending met het statusblok.
plain-exported = Geëxporteerd naar { $file }.
plain-kit-prompt = Ook een kit voor het Partnercentrum schrijven? Een nieuwe map (Enter, skip of - om over te slaan):
plain-kit-help = De kit bevat de export, contacts.csv, de documenten genummerd in de volgorde van het Partnercentrum, en CHECKLIST.md en index.html met elke stap en waarde om in de browser in te vullen.
plain-kit-written = De kit staat in { $dir }: { $documents ->
        [one] { $documents } document
       *[other] { $documents } documenten
    }, { $contacts ->
        [one] { $contacts } contactpersoon
       *[other] { $contacts } contactpersonen
    }. Om ermee te werken: { $hint }; of lees daar CHECKLIST.md.
plain-step-heading = Stap { $number } van { $count }: { $step }
plain-skipped-documents = De overige optionele documenten zijn overgeslagen.
plain-first-field = Dit is het eerste veld.
plain-status-next = Volgende: { $title }: { $reason }.
plain-status-nothing-left = Niets meer te doen voor de treden die deze aanbieding kan halen.
plain-status-summary = Status: { $status }. { $met } van { $count ->
        [one] { $count } vereiste
       *[other] { $count } vereisten
    } voldaan. { $next }
plain-offer-type-not-chosen = type aanbieding niet gekozen
plain-status-offer = { $offer } ({ $offer_type }), regels { $rules }.
plain-requirement-met = voldaan
plain-requirement-unmet = NIET VOLDAAN
plain-requirement-not-applicable = niet van toepassing
plain-status-uncovered = Markten zonder verkoopcontactpersoon van de partner: { $markets }.
plain-status-no-benefits = Voordelen: nog geen.
plain-status-benefits = Voordelen:
plain-status-note = Let op: { $note }
plain-status-invalid = Ongeldige waarden (die blokkeren de export):
plain-status-warnings = Waarschuwingen:
plain-invalid-value = ongeldige waarde: { $problem }
plain-nothing-created = Er is niets aangemaakt.
plain-eof-nothing-created = Einde van de invoer; er is niets aangemaakt.
plain-stopped-because = regelmodus gestopt: { $why }
plain-file-is-export = Dit bestand is een export: het statusblok, het tijdstempel en de vingerafdrukken vervallen bij de eerste keer opslaan.
plain-draft-saved = Concept opgeslagen.
plain-eof-draft-saved = Einde van de invoer: concept opgeslagen.
plain-stopped-saved = Gestopt: wat geldig was, is opgeslagen.
plain-finished = { $finished } { $path } ({ $status }). Verder gaan met: cosell --plain --draft { $name }
plain-last-changes-not-saved = de laatste wijzigingen in { $path } zijn niet opgeslagen: { $error }
plain-choice-number-between = Typ een getal van 1 tot en met { $count }
plain-choice-ambiguous = { $typed } past bij { $matches }; typ meer van de naam, of het nummer
plain-drafts-in = Concepten in { $dir }:
plain-draft-line = { $offer } ({ $status }, regels { $rules })
plain-draft-unreadable = onleesbaar: { $error }
plain-new-draft = Nieuw concept
plain-draft-number-prompt = Typ een getal van 1 t/m { $count }:
plain-rules-editions = Regelsversies:
plain-edition-prompt = Regelsversie, een getal of een datum (Enter: { $newest }):
plain-edition-refused = Typ een getal van 1 t/m { $count }, of { $names }.
plain-offer-name-prompt = Naam van de aanbieding voor het nieuwe concept (quit om te stoppen):
plain-offer-needs-name = De aanbieding heeft een naam nodig.
plain-draft-created = Concept { $name } aangemaakt in { $dir }.
plain-draft-exists = Er bestaat al een concept met de naam { $name }. 1. dat openen  2. nog een aanmaken ({ $free })  3. een andere naam typen
plain-one-two-three = Typ 1, 2 of 3:

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
kit-print-contacts = { $count ->
        [one] { $count } contactpersoon: zie contacts.csv.
       *[other] { $count } contactpersonen: zie contacts.csv.
    }
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
