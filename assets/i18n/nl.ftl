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
req-profile = Volledig bedrijfsprofiel in Partner Center
    .short = Bedrijfsprofiel volledig
req-listing = Vermelding: platforms, segmenten, oplossingstype en gebieden
    .short = Vermelding en gebieden
req-listing-plays = Vermelding: platforms, oplossingstype, gebieden en sales plays
    .short = Vermelding en sales plays
req-one-pager = One-pager van de oplossing bijgevoegd
    .short = One-pager bijgevoegd
req-pitch-deck = Pitch deck van de oplossing bijgevoegd
    .short = Pitch deck bijgevoegd
req-contacts = Partner-verkoopcontact voor elke markt
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
rules-rung-not-co-sell-ready = Niet klaar voor co-sell
rules-rung-not-ready = Niet klaar
rules-rung-not-in-market = Niet op de markt
rules-rung-in-market = Op de markt
rules-rung-co-sell-ready = Klaar voor co-sell
rules-rung-azure-ip-incentivized = Azure IP co-sell met incentives
rules-rung-azure-ip-eligible = Geschikt voor Azure IP co-sell
rules-rung-biz-apps-isv-connect-premium = Business Applications ISV Connect Premium-incentive
rules-rung-biz-apps-incentivized = Business Applications co-sell met incentives
rules-rung-biz-apps-premium-2023 = Business Applications co-sell-incentive premium
rules-rung-nothing = Nog niets bereikt · volgende: { $next }
rules-rung-reached = Bereikt: { $rung } · volgende: { $next }
rules-rung-top = Hoogste trede bereikt: { $rung }
rules-summary-2020-09 = het eerste co-sell-tabblad; pitch deck optioneel
rules-summary-2021-02 = het co-sell-tabblad met Gold en ISV Connect
rules-summary-2023-08 = Verwijzingen → Co-sell → Oplossingen, Solutions Partner-aanduidingen
rules-summary-2025-09 = het Partner Center van vandaag: Microsoft Marketplace, ISV Success, FY26-sales plays
rules-page-seeds = Commerciële marketplace → de aanbieding → het tabblad Co-sell met Microsoft
rules-page-2023 = Verwijzingen → Co-sell → Oplossingen (de pagina bestaat alleen voor aanbiedingen die al live zijn)
rules-after-submit-seeds = Microsoft beoordeelt de co-sell-documenten en of de aanbieding in aanmerking komt; de co-sell-status staat bij de aanbieding in Partner Center zodra de beoordeling klaar is, en de verkopers van Microsoft zien de aanbieding zodra ze klaar is voor co-sell.
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
rules-field-2023-live-help = Is de aanbieding live gepubliceerd? Partner Center toont de Co-sell-pagina alleen voor live aanbiedingen.
rules-field-2023-transactable-help = Wordt de aanbieding via de marketplace verkocht? Azure IP co-sell vereist een verhandelbare aanbieding, en dan telt ook de gefactureerde omzet mee.
rules-field-2023-mpn-id = Partner ID (voorheen MPN ID)
rules-field-2023-mpn-id-help = Uw Partner ID, voorheen de MPN ID: alleen cijfers.
rules-field-2023-isv-connect-help = Registratieniveau bij ISV Connect; Dynamics 365-apps op Dataverse en Power Apps, en Dynamics 365 Operations Apps hebben het nodig; Premium ontgrendelt de Business Applications-incentive.
rules-field-2023-solution-type-help = Precies één: Apparaat, IP (toepassing), Beheerde service of Service; Azure IP co-sell vereist IP.
rules-field-2023-area-help = Het eerste oplossingsgebied; de regels nemen er 1 tot 5.
rules-field-2023-sub-areas = {"  "}sales plays
rules-field-2023-sub-areas-help = 1 tot 5 sales plays van het gebied hierboven, gescheiden door komma's.
rules-field-2025-account-active-help = Is uw Microsoft Marketplace-account in Partner Center actief?
rules-field-2025-live-help = Is de aanbieding live gepubliceerd op Microsoft Marketplace? Partner Center toont de Co-sell-pagina alleen voor live aanbiedingen.
rules-field-2025-transactable-help = Wordt de aanbieding via Microsoft Marketplace verkocht (verhandelbaar)? Azure IP co-sell vereist een verhandelbare aanbieding.
rules-field-2025-isv-success = ISV Success
rules-field-2025-isv-success-help = Inschrijving bij ISV Success (geen, Standard of Premium); Dynamics 365-apps op Dataverse en Power Apps, en Dynamics 365 Operations Apps hebben het nodig; Premium ontgrendelt de Business Applications-incentive.
rules-field-2025-certified-help = Optioneel: een Solutions Partner with certified software-aanduiding (Azure of Security) of een Industry AI-aanduiding. Het verandert geen status; op de Azure IP-trede levert het de incentives voor verkopers op.
rules-field-2025-area-help = Het eerste oplossingsgebied; de regels nemen er 1 tot 5. FY26 heeft er drie: AI Business Solutions, Cloud and AI Platforms, Security.
rules-field-2025-sub-areas-help = 1 tot 5 sales plays van het gebied hierboven, gescheiden door komma's. Microsoft publiceert de FY26-sales plays maar niet hun gebieden: de indeling die cosell aanbiedt is een interpretatie.
rules-field-2025-azure-consumed-help = Azure-verbruiksomzet van de organisatie, afgelopen 12 maanden, in USD. Dit bedrag of de via Marketplace gefactureerde verkoop van USD 100.000 is genoeg; de twee worden niet opgeteld.
rules-field-2025-billed = Marketplace gefactureerd 12 mnd
rules-field-2025-billed-help = De via Microsoft Marketplace gefactureerde verkoop van uw organisatie, afgelopen 12 maanden, in USD; die telt mee of deze aanbieding nu verhandelbaar is of niet.
rules-test-summary = een editie alleen voor tests
rules-test-not-ready = Test: niet klaar
rules-test-in-market = Test: op de markt
rules-test-co-sell-ready = Test: klaar voor co-sell
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
rules-profile-unmet = vul het bedrijfsprofiel in Partner Center volledig in
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
rules-contacts-uncovered = geen Partner-verkoopcontact voor { $markets }
rules-contacts-uncovered-more = geen Partner-verkoopcontact voor { $markets } en nog { $more }
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
rules-warning-platform = platform { $value } is geen van de selectievakjes van Partner Center
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
rules-checklist-uncovered = Markten zonder Partner-verkoopcontact:
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

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
lang-unknown = cosell: { $variable }={ $value } is geen taal die cosell spreekt ({ $codes }); cosell gebruikt Engels

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

