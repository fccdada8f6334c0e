# cosell's messages in English (en). One message per key; every key is in every
# language (tests/i18n.rs). Plurals: { $count -> [one] ... *[other] ... } with CLDR's categories.
# Terms in Dutch and French follow Microsoft's (docs/cosell-spec §13).

## Common: the language, numbers, money, dates, counts

language-name = English
number-decimal = .
number-group = ,
money = USD { $amount }
percent = { $value }%
date = { $day } { $month_name } { $year }
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
count-markets = { $count ->
    [one] { $count } market
   *[other] { $count } markets
}

## Rules and status: editions, requirements, rungs, benefits, the status panel and `status` (src/editions, rules.rs, status.rs, present.rs, tui/widgets/status_panel.rs)
## @section rules: add this area's messages below, above the next section
# Requirement titles: the full title, and `.short` in at most 28 characters for narrow panels.
# Keys per wording: an edition whose English differs has its own key (req-account-partner-id).
req-account = MPN ID and an active marketplace account
    .short = MPN ID, active account
req-account-partner-id = Partner ID and an active marketplace account
    .short = Partner ID, active account
req-account-2025 = Partner ID and an active Microsoft Marketplace account
    .short = Partner ID, active account
req-profile = Complete business profile in Partner Center
    .short = Business profile complete
req-listing = Listing: platforms, segments, solution type and areas
    .short = Listing and solution areas
req-listing-plays = Listing: platforms, solution type, areas and sales plays
    .short = Listing and sales plays
req-one-pager = Solution one-pager attached
    .short = One-pager attached
req-pitch-deck = Solution pitch deck attached
    .short = Pitch deck attached
req-contacts = Partner sales contact for every market
    .short = Sales contact per market
req-live = Offer live on Azure Marketplace or AppSource
    .short = Offer live
req-live-2025 = Offer live on Microsoft Marketplace
    .short = Offer live
req-isv-connect = ISV Connect registration (Dynamics 365 apps)
    .short = ISV Connect registration
req-isv-success = Enrolled in ISV Success (Dynamics 365 apps)
    .short = Enrolled in ISV Success
req-revenue = USD 100,000 Azure or marketplace revenue in 12 months
    .short = USD 100,000 in 12 months
req-revenue-2025 = USD 100,000 Azure consumed revenue or Marketplace billed sales in 12 months
    .short = USD 100,000 in 12 months
req-azure = More than 50% of the infrastructure on Azure
    .short = Over 50% on Azure
req-gold = Gold competency (services offers)
    .short = Gold competency
req-diagram = Reference architecture diagram attached
    .short = Architecture diagram
req-premium = ISV Connect Premium enrollment
    .short = ISV Connect Premium
req-premium-2025 = ISV Success Premium enrollment
    .short = ISV Success Premium
req-offer-type = An offer type that can be co-sold
    .short = Offer type can be co-sold
req-designation = Solutions Partner designation (consulting offers)
    .short = Designation (consulting)
req-ip-solution-type = Solution type IP (application)
    .short = Solution type IP
req-transactable = Offer transactable in the marketplace
    .short = Offer transactable
req-transactable-2025 = Offer transactable in Microsoft Marketplace
    .short = Offer transactable
rules-rung-not-co-sell-ready = Not co-sell ready
rules-rung-not-ready = Not ready
rules-rung-not-in-market = Not in market
rules-rung-in-market = In market
rules-rung-co-sell-ready = Co-sell ready
rules-rung-azure-ip-incentivized = Azure IP co-sell incentivized
rules-rung-azure-ip-eligible = Azure IP co-sell eligible
rules-rung-biz-apps-isv-connect-premium = Business Applications ISV Connect Premium incentive
rules-rung-biz-apps-incentivized = Business Applications co-sell incentivized
rules-rung-biz-apps-premium-2023 = Business Applications co-sell incentive premium
rules-rung-nothing = Nothing reached yet · next: { $next }
rules-rung-reached = Reached: { $rung } · next: { $next }
rules-rung-top = Top rung reached: { $rung }
rules-summary-2020-09 = the first co-sell tab; pitch deck optional
rules-summary-2021-02 = the co-sell tab with Gold and ISV Connect
rules-summary-2023-08 = Referrals → Co-sell → Solutions, Solutions Partner designations
rules-summary-2025-09 = today's Partner Center: Microsoft Marketplace, ISV Success, FY26 plays
rules-page-seeds = Commercial Marketplace → the offer → the Co-sell with Microsoft tab
rules-page-2023 = Referrals → Co-sell → Solutions (the page exists only for offers already live)
rules-after-submit-seeds = Microsoft reviews the co-sell documents and the offer's eligibility; the co-sell status shows on the offer in Partner Center once the review is done, and the offer appears to Microsoft's field sellers when it is co-sell ready.
rules-after-submit-2023 = Microsoft reviews the co-sell documents and the solution's eligibility; the co-sell status appears on the solution once the review is done, usually within a few business days.
rules-word-account = commercial marketplace account
rules-word-account-2025 = Microsoft Marketplace account
rules-word-storefront = Azure Marketplace or AppSource
rules-word-marketplace = the marketplace
rules-word-microsoft-marketplace = Microsoft Marketplace
rules-word-sub-area = sub-area
rules-word-sub-areas = sub-areas
rules-word-sales-play = sales play
rules-word-sales-plays = sales plays
rules-word-billed = marketplace billed revenue
rules-word-billed-2025 = Marketplace billed sales
rules-live-first-2023 = The solution must already be live: the Co-sell page does not exist before that.
rules-submit-seeds = Select **Save draft**, then **Review and publish**, then **Publish**.
rules-submit-2023 = Select **Submit for review**.
rules-ben-sellers = Shown to Microsoft field sellers
rules-ben-sellers-text = Shown to Microsoft field sellers; joint opportunities with Microsoft-managed customers
rules-ben-fee = Marketplace fee cut from 20% to 10%
rules-ben-fee-text = Marketplace service fee cut from 20% to 10% for IaaS or SaaS sold through the marketplace
rules-ben-csp = 10% incentive for CSP resellers
rules-ben-csp-text = Cloud Solution Provider partners get a 10% incentive for reselling the offer
rules-ben-macc = Sales count toward Azure consumption commitments
rules-ben-macc-text = Sales count toward customers' Azure consumption commitments ("Azure benefit eligible")
rules-ben-badge = "Preferred solutions" badge in the storefronts
rules-ben-badge-text = "Preferred solutions" badge in the storefronts
rules-ben-seller-incentive = Microsoft sellers paid incentives to sell it
rules-ben-seller-incentive-text = Microsoft field sellers are paid incentives when they sell it with you
rules-ben-macc-2023 = Sales count toward Azure consumption commitments (priced plans)
rules-ben-macc-2023-text = Sales count toward customers' Azure consumption commitments ("Azure benefit eligible"), for plans with a price above zero
rules-ben-macc-2025 = Sales count toward Azure consumption commitments (paid plans only)
rules-ben-macc-2025-text = Sales count toward customers' Azure consumption commitments ("Azure benefit eligible"), for plans with a price above zero: free and bring-your-own-licence plans do not count
rules-ben-fee-2025 = Microsoft Marketplace fee cut from 20% to 10%
rules-ben-fee-2025-text = Microsoft Marketplace service fee cut from 20% to 10% for IaaS or SaaS sold through Microsoft Marketplace
rules-note-premium-considered = Microsoft also weighs the last 12 months of revenue and co-sell results: the offer is eligible to be considered for the Premium incentive, not granted it.
rules-note-top-tier-2023 = Seller incentives are not earned by the status alone: they are possible through a top-tier pathway (for example USD 4 million marketplace billed sales, or 12 new marketplace customers above USD 10,000, in the trailing 12 months).
rules-note-fee-gone-2023 = The marketplace fee cut and the CSP incentive of the earlier rules are gone: the standard store fee has been 3% since 2022.
rules-note-top-tier-2025 = Seller incentives are not earned by the status alone: they are possible through a top-tier pathway (for example USD 4 million Marketplace billed sales, or 12 new Marketplace customers above USD 10,000, in the trailing 12 months), and automatic with a Solutions Partner with certified software designation (Azure or Security) or an Industry AI designation.
rules-note-certified-2025 = Microsoft sellers paid incentives to sell it (BEN-SELLER-INCENTIVE): earned through your certified software designation.
rules-note-certified-later-2025 = Your certified software designation earns the seller incentives (BEN-SELLER-INCENTIVE) once the offer is Azure IP co-sell eligible.
rules-note-fee-gone-2025 = The Microsoft Marketplace fee cut and the CSP incentive of the earlier rules are gone: the standard store fee has been 3% since 2022.
rules-field-2023-offer-type-help = Decides which rungs the offer can reach: the five Azure IP types can become Azure IP co-sell eligible; apps and add-ins for Microsoft Office cannot be co-sold.
rules-field-2023-live-help = Is the offer published live? Partner Center shows the Co-sell page only for live offers.
rules-field-2023-transactable-help = Is the offer sold through the marketplace? Azure IP co-sell eligibility needs a transactable offer, and billed revenue then counts.
rules-field-2023-mpn-id = Partner ID (formerly MPN ID)
rules-field-2023-mpn-id-help = Your Partner ID, formerly the MPN ID: digits only.
rules-field-2023-isv-connect-help = ISV Connect registration tier; Dynamics 365 apps on Dataverse and Power Apps, and Dynamics 365 Operations Apps need it; Premium unlocks the Business Applications incentive.
rules-field-2023-solution-type-help = Exactly one: Device, IP (application), Managed service or Service; Azure IP co-sell needs IP.
rules-field-2023-area-help = The first solution area; the rules take 1 to 5.
rules-field-2023-sub-areas = {"  "}sales plays
rules-field-2023-sub-areas-help = 1 to 5 sales plays of the area above, comma-separated.
rules-field-2025-account-active-help = Is your Microsoft Marketplace account in Partner Center active?
rules-field-2025-live-help = Is the offer published live on Microsoft Marketplace? Partner Center shows the Co-sell page only for live offers.
rules-field-2025-transactable-help = Is the offer sold through Microsoft Marketplace (transactable)? Azure IP co-sell eligibility needs a transactable offer.
rules-field-2025-isv-success = ISV Success
rules-field-2025-isv-success-help = ISV Success enrollment (none, Standard or Premium); Dynamics 365 apps on Dataverse and Power Apps, and Dynamics 365 Operations Apps need it; Premium unlocks the Business Applications incentive.
rules-field-2025-certified-help = Optional: a Solutions Partner with certified software designation (Azure or Security) or an Industry AI designation. It changes no status; on the Azure IP rung it earns the seller incentives.
rules-field-2025-area-help = The first solution area; the rules take 1 to 5. FY26 has three: AI Business Solutions, Cloud and AI Platforms, Security.
rules-field-2025-sub-areas-help = 1 to 5 sales plays of the area above, comma-separated. Microsoft publishes the FY26 plays but not their areas: the grouping offered is cosell's interpretation.
rules-field-2025-azure-consumed-help = Organisation-level Azure consumed revenue, trailing 12 months, USD. This or the Marketplace billed sales reaching $100,000 is enough; the two are not added.
rules-field-2025-billed = Marketplace billed 12 mo
rules-field-2025-billed-help = Your organisation's Microsoft Marketplace billed sales, trailing 12 months, USD; they count whether or not this offer is transactable.
rules-test-summary = a test-only edition
rules-test-not-ready = Test: not ready
rules-test-in-market = Test: in market
rules-test-co-sell-ready = Test: co-sell ready
rules-test-azure-ip = Test: Azure IP
rules-test-biz-apps = Test: Business Applications
rules-test-live = Live (test edition)
rules-not-answered = not answered
rules-type-unknown-applies = not answered; it decides whether this applies
rules-type-unknown-programme = not answered; it decides whether { $programme } is needed
rules-type-unknown-gold = not answered; it decides whether Gold is needed
rules-type-unknown-designation = not answered; it decides whether a designation is needed
rules-only-azure-ip = only for SaaS, Azure Application, Container, Virtual Machine and IoT Edge offers, not { $offer_type }
rules-only-biz-apps = only for Dynamics 365 and Power Apps offers, not { $offer_type }
rules-premium-not-business-central = Business Central offers are not part of the Premium incentive in the { $edition } rules
rules-only-ce-fo = only for Dynamics 365 apps on Dataverse and Power Apps, and Dynamics 365 Operations Apps, not { $offer_type }
rules-business-central-no-programme = Business Central offers do not need { $programme }
rules-only-isv-offers = only for Dynamics 365 CE, Power Apps and F&O offers
rules-only-services = only for service offers and Consulting services
rules-only-consulting = only for Consulting service offers, not { $offer_type }
rules-diagram-not-mandatory = not mandatory for { $offer_type } offers
rules-pitch-deck-optional-2020 = optional in the 2020-09 rules
rules-account-met = { $partner_id } { $id }, account active
rules-account-inactive = the { $account } is not active
rules-profile-met = business profile complete
rules-profile-unmet = complete the business profile in Partner Center
rules-live-met = published live
rules-live-unmet = publish the offer to { $storefront }
rules-gold-met = active Gold competency
rules-gold-unmet = services offers need an active Gold competency
rules-designation-met = at least one Solutions Partner designation
rules-designation-unmet = Consulting service offers need at least one Solutions Partner designation
rules-transactable-met = transactable in { $marketplace }
rules-transactable-unmet = Azure IP co-sell eligibility needs an offer transactable in { $marketplace } (since 2023-07-11 for new offers)
rules-offer-type-office = apps and add-ins for Microsoft Office (Teams, Outlook, Excel) are not eligible for co-sell
rules-offer-type-met = { $offer_type } offers have a co-sell option
rules-solution-type-ip-met = solution type IP (application)
rules-solution-type-ip-unmet = { $solution_type }; Azure IP co-sell needs the solution type IP (application)
rules-programme-register = register for { $programme }
rules-programme-met = { $programme } { $tier }
rules-premium-met = { $programme } Premium: eligible to be considered for the Premium incentive
rules-premium-unmet = { $tier } tier; Premium is needed
rules-doc-missing-one-pager = no one-pager uploaded yet
rules-doc-missing-pitch-deck = no pitch deck uploaded yet
rules-doc-missing-diagram = no diagram uploaded yet
rules-doc-not-checked = not checked
rules-listing-no-platform = choose at least one Microsoft platform
rules-listing-no-segment = choose at least one segment
rules-listing-no-solution-type = choose one solution type
rules-listing-areas = { $count ->
        [one] 1 area
       *[other] { $count } areas
    }; choose 1 to { $max }
rules-listing-area-empty = empty
rules-listing-sub-areas = { $area } has { $count } { $count ->
        [one] { $one }
       *[other] { $other }
    }; choose { $max ->
        [2] 1 or 2
       *[other] 1 to { $max }
    }
rules-listing-met-segments = { $platforms ->
        [one] 1 platform
       *[other] { $platforms } platforms
    }, { $segments ->
        [one] 1 segment
       *[other] { $segments } segments
    }, { $solution_type }, { $areas ->
        [one] 1 area
       *[other] { $areas } areas
    }
rules-listing-met = { $platforms ->
        [one] 1 platform
       *[other] { $platforms } platforms
    }, { $solution_type }, { $areas ->
        [one] 1 area
       *[other] { $areas } areas
    }
rules-markets-none = list the countries where the offer is co-sell eligible
rules-markets-global = OOO is for contacts; list the market countries
rules-contacts-met = { $markets ->
        [one] 1 market
       *[other] { $markets } markets
    } covered by { $contacts ->
        [one] 1 contact
       *[other] { $contacts } contacts
    }
rules-contacts-uncovered = no Partner sales contact for { $markets }
rules-contacts-uncovered-more = no Partner sales contact for { $markets } and { $more } more
rules-revenue-consumed-met = Azure consumed revenue { $amount } ≥ { $threshold }
rules-revenue-billed-met = { $billed } { $amount } ≥ { $threshold }
rules-revenue-billed-not-transactable = billed revenue counts only for transactable offers
rules-revenue-billed-transactable-unknown = offer.transactable not answered, so billed revenue cannot count
rules-revenue-billed-not-counted = { $amount } but { $why }; Azure consumed revenue is { $consumed }
rules-revenue-short = { $amount } is { $short } short of { $threshold }
rules-azure-share-default = met by default: transactable VM or Azure Application
rules-azure-share-met = { $share } of infrastructure on Azure
rules-azure-share-unmet = { $share } on Azure; more than { $threshold } is needed
rules-warning-microsoft-365 = Microsoft 365 apps were excluded from co-sell in July 2021; check the current rules before relying on this status
rules-warning-platform = platform { $value } is not one of Partner Center's checkboxes
rules-warning-segment = segment { $value } is not SMB, Corporate or Enterprise
rules-warning-area = solution area { $value } is not in the catalogue
rules-warning-sub-area = { $sub_area } { $value } is not in the catalogue for { $area }
rules-invalid-value = invalid value { $problem }
rules-checklist-head = { $name } ({ $offer_type }), rules { $edition }
rules-checklist-status-nothing = Status: { $rung } (no rung reached yet) · next: { $next }
rules-checklist-status-reached = Status: { $rung } (reached) · next: { $next }
rules-checklist-status-top = Status: { $rung } (reached: the top rung for this offer)
rules-offer-type-not-chosen = offer type not chosen
rules-state-met = met
rules-state-unmet = NOT MET
rules-state-na = n/a
rules-checklist-uncovered = Markets without a Partner sales contact:
rules-checklist-benefits = Benefits unlocked:
rules-none-yet = none yet
rules-checklist-note = Note: { $note }
rules-checklist-invalid = Invalid values (block export):
rules-checklist-warnings = Warnings:
rules-checklist-next = Next: { $title }: { $reason } ({ $id })
rules-nothing-left = Nothing left to do for the rungs this offer can reach.
rules-compare-head = { $name }: the same draft under each rules edition
rules-compare-status-reached = Status reached:
rules-compare-this-draft = (this draft's rules)
rules-compare-differences = Differences between the editions:
rules-compare-same = The same in every edition:
rules-compare-why-line = { $editions }: { $reason }
rules-compare-why = Why not met:
rules-compare-legend = ✓ met  ✗ not met  — not in that edition (n/a: does not apply to this offer)
rules-compare-popup-title = The draft under each rules edition
rules-compare-popup-this = { $edition } (this draft)
rules-compare-popup-status = Status
rules-compare-popup-differences = Differences
rules-compare-popup-same = The same in every edition
rules-compare-popup-absent = —  not in it
rules-compare-popup-met = ✓ met
rules-compare-popup-unmet = ✗ not met
rules-compare-popup-na = – n/a
rules-compare-popup-every = every edition
rules-panel-title = {" "}Status · rules { $edition }{" "}
rules-panel-benefits-none = Benefits: none yet
rules-panel-benefits = Benefits: { $benefits }
rules-panel-focused = { $title } [{ $id }]: { $reason }
rules-panel-go-to = {" "}(Enter: go to { $field })
rules-panel-next = Next: { $title }: { $reason }
rules-panel-compact-count = {" "}· { $met } of { $total } met
rules-panel-compact-details = {" "}· s: details

## Wizard: screens, dialogs, keys, fields and their checks (src/tui, src/fields, steps.rs, field_ids.rs)
## @section wizard: add this area's messages below, above the next section

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
lang-unknown = cosell: { $variable }={ $value } is not a language cosell speaks ({ $codes }); using English

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

