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
wiz-contact-discard = Changes not saved: Esc again discards them, Ctrl-S saves the contact.
wiz-help-always = Always
wiz-help-global = Everywhere but while typing
wiz-help-wizard = In a draft
wiz-help-start = Drafts
wiz-help-form = Forms
wiz-help-contacts = Contacts screen
wiz-help-review = Review screen
wiz-help-panel = Status panel
wiz-help-edit = While typing a value
wiz-help-choice = Lists (type to search)
wiz-help-confirm = Questions
wiz-help-message = Messages
wiz-help-help = This help
wiz-help-input = Name and path dialogs
wiz-help-contact = Contact form
wiz-help-files = File picker (type to filter)
wiz-help-compare = Editions side by side
wiz-key-scroll = scroll
wiz-key-next = next
wiz-key-page-down = page down
wiz-key-page-up = page up
wiz-key-cancel = cancel
wiz-key-choose-a-file = choose a file
wiz-key-clear-the-line = clear the line
wiz-key-quit-asks = quit (asks when something is not kept or not saved)
wiz-key-help = help
wiz-key-quit = quit
wiz-key-open = open
wiz-key-new-draft = new draft
wiz-key-rename = rename
wiz-key-duplicate = duplicate
wiz-key-delete = delete
wiz-key-next-draft = next draft
wiz-key-previous-draft = previous draft
wiz-key-go-to-the-field-that-fixes-it = go to the field that fixes it
wiz-key-next-requirement = next requirement
wiz-key-previous-requirement = previous requirement
wiz-key-back-to-the-form = back to the form
wiz-key-add = add
wiz-key-undo = undo
wiz-key-import-csv = import CSV
wiz-key-export-csv = export CSV
wiz-key-filter = filter
wiz-key-scroll-the-coverage-down = scroll the coverage down
wiz-key-scroll-the-coverage-up = scroll the coverage up
wiz-key-coverage-on-a-map-as-a-list = coverage on a map / as a list
wiz-key-export-json = export JSON
wiz-key-kit-for-partner-center = kit for Partner Center
wiz-key-json-summary = JSON / summary
wiz-key-scroll-down = scroll down
wiz-key-scroll-up = scroll up
wiz-key-next-field = next field
wiz-key-previous-field = previous field
wiz-key-edit = edit
wiz-key-clear = clear
wiz-key-next-step = next step
wiz-key-back = back
wiz-key-go-to-a-step = go to a step
wiz-key-status = status
wiz-key-compare-editions = compare editions
wiz-key-switch-rules-edition = switch rules edition
wiz-key-keep = keep
wiz-key-keep-next-in-a-path-complete = keep & next (in a path: complete)
wiz-key-keep-previous = keep & previous
wiz-key-keep-next = keep & next
wiz-key-previous = previous
wiz-key-tick = tick
wiz-key-type-a-value-instead = type a value instead
wiz-key-open-folder-choose-file = open folder / choose file
wiz-key-parent-folder = parent folder
wiz-key-confirm = confirm
wiz-key-complete-the-path = complete the path
wiz-key-clear-the-search = clear the search
wiz-key-clear-the-filter = clear the filter
wiz-key-next-last-save = next (last: save)
wiz-key-save = save
wiz-key-pick-countries-from-a-list = pick countries from a list
wiz-key-yes = yes
wiz-key-no = no
wiz-key-the-other-choice = the other choice
wiz-key-close = close
wiz-key-switch-the-draft-s-edition = switch the draft's edition
wiz-cannot-list-drafts = cannot list the drafts: { $error }
wiz-opened-an-export = This file is an export: its status block and fingerprints are dropped on the first change
wiz-resumed-at = Resumed at { $step }
wiz-not-saved = NOT SAVED: { $error }
wiz-not-saved-stays-open = NOT SAVED: { $error }; the draft stays open (q asks whether to quit without saving)
wiz-not-saved-kept-in-memory = NOT SAVED: { $error }; your changes are kept in memory
wiz-quit-unsaved-title = Quit without saving?
wiz-quit-unsaved-lost = Your last changes are NOT saved:
wiz-quit-unsaved-kept = They are kept in memory while cosell runs.
wiz-answer-retry-save = retry the save
wiz-answer-quit-and-lose = quit and lose them
wiz-answer-stay = stay
wiz-conflict-status = NOT SAVED: { $name } was changed by another program; choose what to keep
wiz-conflict-title = The draft changed on disk
wiz-conflict-changed = Another program changed { $name } since cosell read it.
wiz-conflict-nothing-overwritten = Nothing was saved, so nothing of theirs is overwritten.
wiz-conflict-keep-mine = Keep mine: theirs is kept beside it as a .theirs-….json file.
wiz-conflict-reload-theirs = Reload theirs: your unsaved edits are dropped (compare lists them).
wiz-conflict-later = Later: nothing is saved until you choose.
wiz-answer-keep-mine = keep mine
wiz-answer-reload-theirs = reload theirs
wiz-answer-compare = compare
wiz-answer-later = later
wiz-export-needs-first = The export needs these first:
wiz-export-not-ready = Not ready to export
wiz-delete-contact-title = Delete contact?
wiz-delete-contact = Delete { $name }? (u undoes it)
wiz-answer-delete = delete
wiz-answer-keep = keep
wiz-delete-link = Remove the link { $name } from the drafts?
wiz-delete-link-target-kept = Its target { $target } is kept.
wiz-delete-draft = Delete the draft { $name } and its file?
wiz-cannot-be-undone = This cannot be undone.
wiz-delete-draft-title = Delete draft?
wiz-copied-draft = Copied { $name } to { $copy }
wiz-switch-status = Status: { $before } → { $after }
wiz-switch-absent = absent
wiz-switch-not-applicable = n/a
wiz-switch-new-field = New field: { $field }
wiz-switch-field-gone = No longer asked: { $field }
wiz-switch-title = Switch to the { $edition } rules?
wiz-answer-switch = switch
wiz-answer-keep-rules = keep the current rules
wiz-restored = Restored { $name }
wiz-import-undone = { $count ->
    [one] Import undone: { $count } contact back
   *[other] Import undone: { $count } contacts back
}
wiz-nothing-to-undo = Nothing to undo
wiz-copy-in-title = Copy into the draft's folder?
wiz-copy-in-outside = The file is outside the draft's folder: a copy of the draft elsewhere (a git clone) will not find it.
wiz-copy-in-ask = Copy it into { $folder } and use the copy?
wiz-answer-copy-in = copy it in
wiz-answer-leave-it = keep it where it is
wiz-created-draft = Created draft { $name } in { $dir }
wiz-draft-exists-title = A draft with that name exists
wiz-draft-exists = There is already a draft named { $name }.
wiz-answer-open-it = open it
wiz-answer-create = create { $name }
wiz-answer-cancel = cancel
wiz-type-offer-name = type the offer's name
wiz-type-new-name = type the new name
wiz-renamed = Renamed { $name } to { $new }
wiz-replace-file-title = Replace the file?
wiz-replace-file = { $path } exists. Replace it?
wiz-answer-replace = replace
wiz-kit-writer-stopped = the kit writer stopped
wiz-writing-kit = Writing the kit to { $dir }
wiz-import-not-a-csv = { $path } is { $kind }, not a CSV file
wiz-wrote-contacts = { $count ->
    [one] Wrote { $count } contact to { $path }
   *[other] Wrote { $count } contacts to { $path }
}
wiz-exported = Exported ({ $status }) to { $path }
wiz-import-stopped = the import stopped
wiz-importing = Importing { $path }
wiz-import-refused-problems = { $count ->
    [one] { $count } problem; nothing was imported, your contacts are unchanged:
   *[other] { $count } problems; nothing was imported, your contacts are unchanged:
}
wiz-and-more = … and { $count } more
wiz-import-refused = Import refused
wiz-replace-contacts-title = Replace contacts?
wiz-answer-replace-contacts = replace all contacts
wiz-answer-keep-contacts = keep the current ones
wiz-count-documents = { $count ->
    [one] { $count } document
   *[other] { $count } documents
}
wiz-count-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
wiz-wrote-kit = Wrote the kit: { $place } ({ $documents }, { $contacts }; CHECKLIST.md beside it)
wiz-kit-not-written = Kit not written
wiz-saved-yours-kept = Saved yours; theirs is kept as { $name }
wiz-saved-yours-removed = Saved yours (the other program had removed the file)
wiz-reloaded-nothing-differed = nothing of yours differed
wiz-reloaded-dropped = your edits to { $fields } were dropped
wiz-reloaded-theirs = Reloaded theirs: { $what }
wiz-cannot-reload = Cannot reload theirs: { $error }
wiz-compare-same = The two versions hold the same values.
wiz-compare-differs = Where yours differs from the file on disk:
wiz-compare-unreadable = Cannot read the other version: { $error }
wiz-compare-title = Yours and theirs
wiz-conflict-undecided = NOT SAVED: the draft changed on disk; quit or edit to choose again
wiz-copied-in = Copied; the draft now uses { $path }
wiz-not-copied = Not copied: { $error }
wiz-deleted = Deleted { $name }
wiz-removed-link = Removed the link { $name }
wiz-removed-link-kept = Removed the link { $name }; its target { $target } is kept
wiz-matches = Matches: { $values }
wiz-quit-editing-title = Quit?
wiz-quit-editing = The value you are typing has not been kept yet.
wiz-answer-quit-without-it = quit without it
wiz-answer-keep-editing = keep editing
wiz-nothing-to-do = { $title }: nothing to do
wiz-fix-first = Fix this first (going back is always allowed): { $error }
wiz-deleted-undo = Deleted { $name } (u undoes)
wiz-imported = { $count ->
    [one] Imported { $count } contact (u undoes)
   *[other] Imported { $count } contacts (u undoes)
}
wiz-now-uses-rules = The draft now uses the { $edition } rules
wiz-saved = Saved
wiz-no-raw-mode = cannot switch the terminal to raw mode
wiz-cannot-open = cannot open { $path }
wiz-step-of = step { $number } of { $count }
wiz-title-rules = rules { $edition }
wiz-title-not-saved = NOT SAVED
wiz-title-saving = saving…
wiz-title-saved-at = saved { $time }
wiz-title-saved = saved
wiz-too-small = Enlarge the terminal to at least { $size } (now { $now }). q quits; your draft is saved.
wiz-too-small-short = Enlarge to { $size } (now { $now }); q quits
wiz-too-small-shorter = Need { $size }; q quits
wiz-did-you-mean = { $reason }; for { $code } did you mean { $suggestion } ({ $name })?
wiz-not-in-catalogue = { $value } (not in the catalogue)
wiz-country-not-iso-did-you-mean = { $code }  (not an ISO code; did you mean { $suggestion }, { $name }?)
wiz-country-not-iso = { $code }  (not an ISO country code)
wiz-country-global = { $code }  All countries (global contact)
wiz-country-not-in-partner-center = {"  "}(not in Partner Center's list)
wiz-countries-title = Countries
wiz-countries-help = Type to search by name or code; Space ticks.
wiz-edition-for-new = Which co-sell rules should { $name } be checked against? { $edition } is { $summary }.
wiz-edition-for-draft = Which co-sell rules should this draft be checked against?
wiz-edition-title = Rules edition
wiz-new-draft-title = New draft
wiz-new-draft-help = The offer's name, as in Partner Center. Next you choose the rules edition.
wiz-rename-title = Rename draft
wiz-rename-help = A new name for { $name } (the file is renamed).
wiz-import-title = Import contacts
wiz-import-help = The Partner Center contacts CSV to import. It replaces all contacts; you see what changes first.
wiz-export-csv-title = Export contacts
wiz-export-csv-help = Write the contacts as a Partner Center CSV (UTF-8 with BOM, opens in Excel) to:
wiz-export-json-title = Export submission
wiz-export-json-help = Write the submission JSON with its { $edition } status block to:
wiz-kit-title = Kit for Partner Center
wiz-kit-help = A new folder with the export, contacts.csv, the documents numbered in Partner Center's order and CHECKLIST.md, the steps in the browser:
wiz-working = Working… (Ctrl-C quits)
wiz-help-title = Keys
wiz-help-marks = Marks: ✓ met/valid/done  ✗ unmet/invalid  — not applicable  • in progress  ○ not started  * required
wiz-help-mouse = Mouse: click a step, a field, a row or an answer; the wheel scrolls.
wiz-progress-read = { $percent } read
wiz-ctrl-c-quits = Ctrl-C quits
wiz-choice-ticked = { $title } ({ $count } ticked)
wiz-choice-search = Search: { $search }▏  { $shown } of { $count }
wiz-choice-no-match = Nothing matches; Backspace widens the search.
wiz-contact-edit-title = Edit contact
wiz-contact-new-title = New contact
wiz-pick-from-list = pick from the list
wiz-files-title = Choose a file
wiz-files-filter = Filter: { $filter }▏
wiz-start-intro = Co-sell with Microsoft: fill in the details, see the status they earn.
wiz-start-resume = Resume a draft or start a new one. Drafts are saved on every change.
wiz-start-drafts = Drafts
wiz-start-unreadable = unreadable: { $error }
wiz-start-new-rules = New drafts: rules
wiz-start-todays = (today's Partner Center)
wiz-start-folder = Drafts folder: { $dir }
wiz-markets-choose = (choose the countries)
wiz-map-needs = The map needs { $size } or more; { $key } hides it.
wiz-markets-help = Enter picks the countries; each needs a Partner sales contact (or one with OOO).
wiz-coverage-title = { $count ->
    [one] Coverage: { $covered } of { $count } market
   *[other] Coverage: { $covered } of { $count } markets
}
wiz-coverage-as-list = { $key } list
wiz-coverage-on-map = { $key } map
wiz-not-a-country-code = (not a country code)
wiz-no-sales-contact = no Partner sales contact
wiz-coverage-more = +{ $count } more ([ ] or the wheel scroll)
wiz-coverage-above = { $count } above
wiz-coverage-above-more = { $above } above, +{ $count } more
wiz-no-markets = No markets yet: choose the countries above.
wiz-contacts-filtered = Contacts: { $shown } of { $count } match { $filter }
wiz-contacts-title = Contacts ({ $count })
wiz-col-name = Name
wiz-col-email = Email
wiz-col-job-title = Job title
wiz-col-role = Role
wiz-col-countries = Countries
wiz-col-states = States
wiz-no-contacts = No contacts: { $add } adds one, { $import } imports a Partner Center CSV.
wiz-contacts-filter = Filter: { $filter }▏  Enter keeps it, Esc clears it
wiz-contacts-filter-help = / changes the filter; Esc in it clears it
wiz-diagram-guidance = Show the infrastructure the offer relies on: the cloud services that host or talk to it, data services, security and identity, user interfaces, hybrid connections. It shows which Microsoft services are used, not how good the architecture is. Any drawing tool; upload a PDF or an image.
wiz-preview-failed-check = no preview: the file did not pass the check
wiz-preview-pdf = PDF, { $size }: pages are not drawn here; open it to check
wiz-preview-no-type = no preview for this file type
wiz-preview-decoding = decoding…
wiz-preview-reader-stopped = the picture reader stopped
wiz-preview-pixels = { $size } pixels
wiz-preview-cannot-show = cannot show the picture
wiz-preview-cannot-show-why = cannot show the picture: { $error }
wiz-preview-title = Preview { $info }
wiz-no-diagram = No diagram chosen yet.
wiz-checking = checking…
wiz-not-needed = not needed
wiz-empty-choose = (choose)
wiz-empty-yes-no = (yes/no)
wiz-not-needed-why = Not needed: { $why }.
wiz-thresholds = Thresholds ({ $status })
wiz-json-preview-stopped = (the JSON preview stopped; toggle it to try again)
wiz-json-export-time = (the time of the export)
wiz-json-preparing = (preparing the JSON preview…)
wiz-json-more-lines = … { $count } more lines: export the JSON ({ $key }) to read the whole file
wiz-benefits-none = Benefits: none yet
wiz-benefits = Benefits: { $benefits }
wiz-step-complete = complete
wiz-step-invalid = invalid value
wiz-step-missing = something is missing
wiz-step-not-started = not started
wiz-offer-live = live
wiz-offer-not-live = not live
wiz-review-contacts = { $contacts } for { $markets }, { $count } without a Partner sales contact
wiz-nothing-missing = Nothing is missing for the rungs this offer can reach.
wiz-what-is-missing = What is missing
wiz-more-invalid = … and { $count } more invalid values
wiz-note = Note: { $note }
wiz-review-export = Export the JSON
wiz-review-export-blocked = Export (fix the ✗ first)
wiz-review-kit = Kit
wiz-review-summary = Summary
wiz-review-exact-json = Exact JSON
wiz-map-covered = covered
wiz-map-uncovered = uncovered

## Fields
## Steps: `.short` is the name in the step bar (all seven must fit 80 columns: at most 45 letters together)
step-start = Start
    .short = Start
step-offer = Offer & partner
    .short = Offer
step-listing = Listing
    .short = Listing
step-documents = Documents
    .short = Docs
step-contacts = Contacts per geography
    .short = Contacts
step-diagram = Architecture diagram
    .short = Diagram
step-revenue = Revenue
    .short = Revenue
step-review = Review & export
    .short = Review
## Fields: the label (short: the forms align them) and `.help`; `$n` is the row's number
field-offer-name = Offer name
    .help = The offer's name as in Partner Center.
field-offer-type = Offer type
    .help = Decides which rungs the offer can reach: Azure IP types can become incentivized, Dynamics 365 types can reach the Business Applications incentive.
field-live = Live
    .help = Is the offer published live on Azure Marketplace or AppSource?
field-transactable = Transactable
    .help = Is the offer sold through the marketplace? Then billed revenue counts toward the revenue threshold, and VMs and Azure Applications meet the Azure share by default.
field-mpn-id = MPN ID
    .help = Your Microsoft Partner Network ID: digits only.
field-account-active = Marketplace account
    .help = Is your commercial marketplace account in Partner Center active?
field-profile-complete = Business profile
    .help = Is your Partner Center business profile complete?
field-gold-competency = Gold competency
    .help = An active Gold competency in any area; services offers need it.
field-designation = Solutions Partner designation
    .help = At least one Solutions Partner designation in the Microsoft AI Cloud Partner Program; Consulting service offers need it.
field-isv-connect = ISV Connect
    .help = ISV Connect registration tier; Dynamics 365 CE and F&O offers need it, Premium unlocks the Business Applications incentive.
field-certified-software = Certified software
    .help = Optional: a Solutions Partner with certified software designation (Azure or Security) or an Industry AI designation.
field-platforms = Microsoft platforms
    .help = One or more, comma-separated: Microsoft Azure, Microsoft Dynamics 365, Microsoft SQL Server, Office 365, Windows 10.
field-segments = Segments
    .help = One or more: SMB (< 500 employees), Corporate (< 2,500), Enterprise (2,500+).
field-solution-type = Solution type
    .help = Exactly one: Device, IP (application), Managed service or Service.
field-area-first = Solution area { $n }
    .help = The first solution area; the rules take 1 to 3.
field-area = Solution area { $n }
    .help = Optional; leave empty for none.
field-sub-areas = {"  "}sub-areas
    .help = 1 or 2 sub-areas of the area above, comma-separated.
field-one-pager = One-pager
    .help = Solution/offer one-pager: .pdf .docx .pptx …
field-pitch-deck = Pitch deck
    .help = Solution/offer pitch deck, usually .pptx or .pdf.
field-case-study = Case study
    .help = Optional customer case study.
field-customer-wins = Customer wins
    .help = Optional verifiable customer wins.
field-channel-pitch-deck = Channel pitch deck
    .help = Optional channel pitch deck.
field-other-first = Other document { $n }
    .help = Optional: up to 5 other documents or videos (.mp4).
field-other = Other document { $n }
    .help = Optional other document or video.
field-landing-page = Landing page URL
    .help = The product's landing page: http:// or https://.
field-markets = Markets
    .help = Countries where the offer is co-sell eligible: ISO codes, comma-separated (US, CA, FR). Each needs a Partner sales contact.
field-contacts = Contacts
    .help = One row per contact; every market needs a Partner sales contact (or one with OOO).
field-diagram = Diagram file
    .help = The reference architecture diagram as PDF or PNG/JPEG; export Visio drawings first.
field-azure-consumed = Azure consumed 12 mo
    .help = Organisation-level Azure consumed revenue, trailing 12 months, USD. $120,000.50 and 120 000 are fine.
field-marketplace-billed = Marketplace billed
    .help = The offer's marketplace billed revenue, USD; counts only for transactable offers.
field-azure-share = Share on Azure %
    .help = Share of the offer's infrastructure that runs on Azure, 0–100, at most 2 decimals; more than 50 is needed.
field-test = Test field
    .help = A field that exists only in tests.
## The contact form's columns (the CSV header stays Partner Center's English one)
field-contact-name = Name
    .help = The contact's full name.
field-contact-email = Email
    .help = A work address, e.g. ada@contoso.com.
field-contact-job-title = Job title
    .help = e.g. Sales lead.
field-contact-role = Role
    .help = Partner sales, marketing, technical sales or customer success manager; Partner sales contacts are the ones that cover markets.
field-contact-countries = Countries/Regions
    .help = ISO codes, comma-separated (US, CA), or OOO for all countries.
field-contact-states = States/Provinces
    .help = Optional: US-WA, CA-BC, AU-NSW … inside the countries above.
## What a field takes, and what its checks say
field-allowed-any = any text
field-allowed-money = an amount: digits, $ , and .
field-allowed-percent = a number from 0 to 100
field-allowed-codes = country codes such as US, CA
field-allowed-digits = digits only
field-chars-removed = { $allowed }: { $removed } removed
field-cannot-be-typed = this value cannot be typed
field-yes = yes
field-no = no
field-yes-or-no = { $value }: answer yes or no
field-not-an-offer-type = { $value } is not an offer type
field-not-a-tier = { $value } is not an { $name } tier
field-not-a-solution-type = { $value } is not a solution type
field-not-a-role = { $value } is not a role; choose { $roles }
field-contacts-count = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
field-contacts-not-typed = contacts are edited in the contacts table
field-area-first-needed = choose solution area { $n } first
field-other-too-many = Partner Center takes at most { $count } other documents
field-market-did-you-mean = { $value } is not a country code; did you mean { $code } ({ $name })?
field-market-global = OOO is for contacts; list the market countries
field-offer-name-too-long = the offer name is { $count } characters; at most { $max } are allowed
field-offer-name-control = the offer name holds the control character { $character }; type it without
field-not-a-checkbox = is not one of Partner Center's checkboxes: change it in the draft to one of { $boxes }
field-problem = { $label }: { $reason }
field-problem-contact = Contact { $row }, { $column }: { $reason }
field-differs-empty = empty
field-differs = { $label }: { $here } here, { $there } in the file
field-differs-contacts = Contacts ({ $here } here, { $there } in the file)
field-differs-edition = Rules edition ({ $here } here, { $there } in the file)
## The submission's choices and errors (src/model): Partner Center's names in the reader's language
model-offer-type-saas = Software as a service
model-offer-type-azure_application = Azure Application
model-offer-type-azure_container = Azure Container
model-offer-type-azure_virtual_machine = Azure Virtual Machine
model-offer-type-iot_edge_module = IoT Edge module
model-offer-type-consulting_service = Consulting service
model-offer-type-managed_service = Managed service
model-offer-type-power_bi_app = Power BI app
model-offer-type-dynamics_365_customer_engagement = Dynamics 365 Customer Engagement & Power Apps
model-offer-type-dynamics_365_finance_operations = Dynamics 365 Finance & Operations
model-offer-type-dynamics_365_business_central = Dynamics 365 Business Central
model-offer-type-microsoft_365_app = Microsoft 365 (Office add-in, Teams app, SharePoint)
model-isv-tier-none = Not registered
model-isv-tier-standard = Standard
model-isv-tier-premium = Premium
model-solution-type-device = Device (hardware)
model-solution-type-ip = IP (application)
model-solution-type-managed_service = Managed service
model-solution-type-service = Service
model-doc-one_pager = Solution one-pager
model-doc-pitch_deck = Solution pitch deck
model-doc-case_study = Customer case study
model-doc-verifiable_customer_wins = Verifiable customer wins
model-doc-channel_pitch_deck = Channel pitch deck
model-doc-reference_architecture_diagram = Reference architecture diagram
model-unnamed-offer = (unnamed offer)
model-all-countries = All countries
model-one-of = { $list } or { $last }
model-list-expected = a list of at most { $max } items, or null
model-list-too-long = more than { $max } items; no submission needs that many
model-contacts-expected = a list of at most { $max } contacts, or null
model-contacts-too-many = more than { $max } contacts; cosell handles at most { $max } per draft
model-format-newer = { $value } was written by a newer cosell; update cosell (this one reads cosell-submission/1)
model-format-unknown = { $value } is not a cosell submission format; expected "cosell-submission/1"
model-parse-error = { $field }: { $message } (line { $line }, column { $column })
model-top-level = (top level)
model-text-after-json = unexpected text after the JSON object
model-country-not-in-partner-center = { $code } ({ $name }) is an ISO code that Partner Center's country list leaves out; Partner Center will not take it
model-code-blanks = { $value } has blanks around it; write { $fixed }
model-code-lower-case = { $value } is lower case; write { $fixed }
model-unknown-country = { $value } is not an ISO 3166-1 alpha-2 country code (e.g. US, NL) or OOO for all countries
model-not-a-state = { $value } is not a state/province code; write it as COUNTRY-STATE, e.g. US-WA, CA-BC, AU-NSW
model-unknown-state = { $value } is not a US, Canadian or Australian state/province code (ISO 3166-2)

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
cli-error-unknown-command = { $name } is not a command
cli-error-unknown-argument = { $name } is not an option here
cli-error-missing = missing: { $names }
cli-error-invalid-value = { $value } is not a value { $arg } takes ({ $choices })
cli-error-try-help = cosell --help lists the commands and their options.
lang-unknown = cosell: { $variable }={ $value } is not a language cosell speaks ({ $codes }); using English

# --help: the headings clap writes (it adds the colon), then each command's and argument's help:
# cli-help-<command>-<argument> (main: cosell itself).
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-about = Fill in the Co-sell with Microsoft tab of a Partner Center offer, see which co-sell status it earns, and export it
cli-long-about =
    Fill in the co-sell details of a Partner Center offer, see which co-sell status it earns and why (Not co-sell ready, Co-sell ready, Azure IP co-sell incentivized or eligible, Business Applications incentive), and export the submission as JSON.

    Without a command, cosell opens the wizard: a full-screen form with a live status panel. Drafts are saved on every change in the drafts folder (COSELL_HOME, or your data folder).

    Rules editions:
    { $editions }
cli-long-about-default-edition = ; the default for new drafts
cli-after-help =
    Examples:
      cosell                                   open the wizard (resume or start a draft)
      cosell --plain                           the same steps as line prompts
      cosell list                              drafts with their status
      cosell status contoso-insights           which requirements hold, and why
      cosell status contoso-insights --compare every rules edition side by side
      cosell status ./offer.json --json        the status block as JSON
      cosell export contoso-insights -o out.json
      cosell export contoso-insights --kit kit/   the hand-off kit for Partner Center
      cosell contacts template -o contacts.csv
      cosell contacts import contoso-insights contacts.csv

    Exit codes: 0 ok, 1 refused (incomplete export, invalid or declined import, draft open elsewhere), 2 unreadable file or bad usage.
cli-help-arg-help = Print help
    .more = Print help (see more with '--help')
    .summary = Print help (see a summary with '-h')
cli-help-arg-version = Print version
cli-help-arg-lang = Language of what cosell says ({ $codes }); default: COSELL_LANG, then LC_ALL, LC_MESSAGES, LANG. Files and JSON are the same in every language
cli-help-help = Print this message or the help of the given subcommand(s)
cli-help-help-subcommand = Print help for the subcommand(s)
cli-help-main-plain = Line prompts instead of the full-screen wizard (automatic when TERM=dumb or output is piped)
cli-help-main-mono = Black-and-white theme that marks focus and errors with characters (also NO_COLOR)
cli-help-main-draft = Open this draft (a name from `cosell list`, or a path) instead of the start screen
cli-help-list = List the drafts with offer name, status, completeness and last change
cli-help-list-json = Print a JSON array (name, path, offer, rules, status, completeness, modified, error)
cli-help-status = Print the co-sell status of a draft: every requirement, met or not, and why
cli-help-status-draft = A draft name (see `cosell list`), or the path of a draft or export file
cli-help-status-json = Print the status block as JSON (spec §7); with --compare, one block per edition
cli-help-status-rules = Rules edition to evaluate with (default: the file's)
cli-help-status-compare = Show the status under every rules edition side by side, differences first
cli-help-export = Export the completed submission as JSON with document fingerprints and the status block
cli-help-export-draft = A draft name, or the path of a draft file
cli-help-export-output = Where to write; `-` for standard output (default: NAME.export.json here)
cli-help-export-kit = Write a Partner Center hand-off kit into this new folder instead: submission.json, contacts.csv, the documents numbered in Partner Center's order, CHECKLIST.md and index.html (the same steps as a page with Copy buttons)
cli-help-export-allow-incomplete = Export even while tab requirements are unmet or values are invalid
cli-help-export-rules = Rules edition to evaluate with (default: the file's)
# The heading of the editions list in `status --help` and `export --help` (not English: clap writes it).
cli-help-editions = Rules editions:
cli-help-schema = Print the JSON Schema of the submission file (drafts and exports)
cli-help-completions = Print a shell completion script: `cosell completions bash > ~/.local/share/bash-completion/completions/cosell`
cli-help-completions-shell = bash, zsh, fish, powershell or elvish
cli-help-man = Print the manual page (roff): `cosell man > cosell.1 && man ./cosell.1`
cli-help-contacts = Partner Center contacts CSV: template, import, export
cli-help-contacts-template = Write the CSV template Partner Center imports (header and one example row)
cli-help-contacts-template-output = Where to write; `-` or nothing for standard output
cli-help-contacts-template-delimiter = Separator: `,` (default) or `;` (what Excel expects in many European locales)
cli-help-contacts-template-unix = Plain UTF-8 with LF line ends, for scripts (default: UTF-8 with BOM and CRLF, for Excel)
cli-help-contacts-import = Replace a draft's contacts with those of a CSV file (shows what changes and asks first)
cli-help-contacts-import-draft = A draft name, or the path of a draft file
cli-help-contacts-import-csv = The CSV file: comma, semicolon or tab separated; UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text") or Windows-1252 (Excel's "CSV" on Western-European Windows)
cli-help-contacts-import-yes = Replace without asking
cli-help-contacts-export = Write a draft's contacts as a Partner Center CSV
cli-help-contacts-export-draft = A draft name, or the path of a draft file
cli-help-contacts-export-output = Where to write; `-` or nothing for standard output
cli-help-contacts-export-delimiter = Separator: `,` (default) or `;` (what Excel expects in many European locales)
cli-help-contacts-export-unix = Plain UTF-8 with LF line ends, for scripts (default: UTF-8 with BOM and CRLF, for Excel)
cli-not-an-edition = { $value } is not a rules edition; use { $names }

# Messages of the commands
cli-list-empty = No drafts in { $dir }. Run `cosell` to start one.
cli-list-title = Drafts in { $dir }:
cli-list-name = NAME
cli-list-offer = OFFER
cli-list-status = STATUS
cli-list-done = DONE
cli-list-modified = MODIFIED
cli-list-unreadable = unreadable: { $error }
cli-list-status-rules = { $status } ({ $rules })
cli-list-when = { $date } { $time }
cli-exported = Exported { $offer } ({ $status }) to { $target }
cli-kit-progress = Writing the kit…
cli-kit-written =
    Wrote the kit to { $dir }: submission.json, contacts.csv ({ $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }), { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    } in documents/, CHECKLIST.md, index.html
    To work from it, { $hint }
cli-wrote = Wrote { $target }
cli-wrote-contacts = Wrote { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    } to { $target }
cli-import-warning = warning: { $warning }
cli-import-not-replaced = not replaced: confirm with --yes when not running in a terminal
cli-import-ask = Replace the contacts of { $offer }? [y/N]{" "}
# The answers that mean yes to cli-import-ask (besides y and yes, which always do), lowercase, separated by spaces.
cli-import-yes-words = y yes
cli-import-declined = nothing changed: the import was declined
cli-imported = Imported { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    } into { $path }

# Plain mode (cosell --plain). The command words stay English in every language (scripts type
# them); plain-word-<command> lists words of the reader's language that mean the same.
plain-commands = At any prompt: ? help, back, step N (1 to 7), fields, edit N, status, save, quit. Enter keeps the current value, - clears it.
plain-welcome = cosell, plain mode. { $commands }
# A field and its value, a prompt, a prompt with the current value.
plain-label-value = { $label }: { $value }
plain-prompt = { $label }:
plain-prompt-current = { $label } [{ $value }]:
plain-word-back = back
plain-word-quit = quit
plain-word-help = help
plain-word-status = status
plain-word-save = save
plain-word-fields = fields
plain-word-step = step
plain-word-edit = edit
plain-word-keep = keep
plain-word-reload = reload
plain-word-compare = compare
plain-leave-words = cancel
plain-skip-words = skip
plain-yes-words = y yes
plain-no-words = n no
plain-input-failed = the input could not be read after line { $line }: { $error }
plain-line-too-long = line { $line } of the input is longer than { $kb } KB
plain-line-not-utf8 = line { $line } of the input is not valid UTF-8 (byte { $byte } of the line)
plain-type-again = ✗ { $why }; type the answer again.
plain-stopping-here = ✗ { $why }; stopping here, nothing after it was read.
plain-refused-repeatedly = the answer { $answer } was refused { $count } times in a row (line { $line }); stopping
plain-yes-no-question = { $prompt } (yes/no):
plain-answer-yes-no = Answer yes or no.
plain-type-step = Type step and a number from 1 to { $count }.
plain-type-edit = Type edit and a field number from 1 to { $count }; fields lists them.
plain-step-no-fields = { $step } has no fields; step N goes to another step.
plain-fields-of-step = Fields of step { $number } ({ $step }):
plain-fields-contacts = Contacts: { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    }
plain-not-needed = not needed ({ $why })
plain-not-asked-slot = not asked: the slot before it is empty
plain-not-asked-while-empty = not asked while the slot before it is empty
plain-not-answered = not answered
plain-field-to-edit = Field to edit, 1 to { $count } (Enter: stay here):
plain-number-between = Enter a number between 1 and { $count }.
plain-field-not-needed = { $label }: not needed ({ $why }).
plain-cannot-edit = { $label }: { $why }.
plain-saved = Saved { $path }.
plain-not-saved = NOT SAVED: { $error }
plain-conflict = Another program changed { $name } since cosell read it. Nothing was saved, so nothing of theirs is overwritten.
plain-conflict-ask = Keep yours (theirs is kept beside it), reload theirs (your unsaved edits are dropped), or compare first? (keep/reload/compare):
plain-kept-yours = Saved yours; theirs is kept as { $path }.
plain-kept-yours-removed = Saved yours (the other program had removed the file).
plain-reloaded = Reloaded theirs.
plain-reloaded-dropped = Reloaded theirs; dropped: { $dropped }.
plain-cannot-reload = ✗ Cannot reload: { $error }
plain-compare-same = The two versions hold the same values.
plain-compare-title = Where yours differs from the file on disk:
plain-cannot-read-theirs = ✗ Cannot read theirs: { $error }
plain-answer-keep-reload = Answer keep, reload or compare.
plain-required = required
plain-optional = optional
plain-field-heading = { $label } ({ $need }), now: { $value }
plain-choice-prompt = A number between 1 and { $count }, or a name:
plain-multi-prompt = Numbers between 1 and { $count } or names, separated by commas:
plain-list-prompt = { $label }, separated by commas:
plain-yes-no-prompt = Enter yes or no:
plain-money-prompt = { $label } (USD, like { $example }):
plain-percent-prompt = { $label } (a percentage, like { $example }):
plain-cleared = { $label }: cleared
plain-fix-it = { $problem }. Fix it, or - to clear.
plain-outside-folder = The file is outside the draft's folder: a copy of the draft elsewhere (a git clone) will not find it.
plain-copy-ask = Copy it into documents/ beside the draft and use the copy?
plain-copied = Copied; the draft now uses { $path }.
plain-not-copied = ✗ Not copied: { $error }
plain-contacts-title = Contacts ({ $count }):
plain-contact-ok = ok
plain-contact-invalid = INVALID
plain-no-role = no role
plain-coverage = Coverage:
plain-covered = covered
plain-not-covered = NO PARTNER SALES CONTACT
plain-contacts-prompt = a: add, e N: edit, d N: delete, i FILE: import CSV, x FILE: export CSV, Enter: next step:
plain-contacts-help = Each market needs a Partner sales contact (or one with OOO).
plain-delete-ask = Delete { $name }?
plain-wrote = Wrote { $path }.
plain-contacts-none-commands = { $typed }: type a to add a contact, or i FILE to import a CSV
plain-contacts-commands = { $typed }: type a, e N or d N with N between 1 and { $count }, i FILE or x FILE
plain-warning = warning: { $warning }
plain-replace-ask = Replace all contacts?
plain-replaced = Replaced.
plain-nothing-changed = Nothing changed.
plain-role-prompt = Role: a number between 1 and { $count }, or a name:
plain-contact-not-saved = The contact was not saved.
plain-export-needs = Export needs these first:
plain-review-prompt = Enter to finish, back to go back, step N to go to a step:
plain-review-help = The list above says what is left.
plain-export-prompt = Export to which file? (Enter: { $file }, skip or - to skip):
plain-export-help = Writes the submission with the status block.
plain-exported = Exported to { $file }.
plain-kit-prompt = Write a kit for Partner Center too? A new folder (Enter, skip or - to skip):
plain-kit-help = The kit holds the export, contacts.csv, the documents numbered in Partner Center's order, and CHECKLIST.md and index.html with every step and value to enter in the browser.
plain-kit-written = Wrote the kit to { $dir }: { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }, { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }. To work from it, { $hint }; or read CHECKLIST.md there.
plain-step-heading = Step { $number } of { $count }: { $step }
plain-skipped-documents = Skipped the remaining optional documents.
plain-first-field = This is the first field.
plain-status-next = Next: { $title }: { $reason }.
plain-status-nothing-left = Nothing left to do for the rungs this offer can reach.
plain-status-summary = Status: { $status }. { $met } of { $count ->
        [one] { $count } requirement
       *[other] { $count } requirements
    } met. { $next }
plain-offer-type-not-chosen = offer type not chosen
plain-status-offer = { $offer } ({ $offer_type }), rules { $rules }.
plain-requirement-met = met
plain-requirement-unmet = NOT MET
plain-requirement-not-applicable = does not apply
plain-status-uncovered = Markets without a Partner sales contact: { $markets }.
plain-status-no-benefits = Benefits: none yet.
plain-status-benefits = Benefits:
plain-status-note = Note: { $note }
plain-status-invalid = Invalid values (they block the export):
plain-status-warnings = Warnings:
plain-invalid-value = invalid value: { $problem }
plain-nothing-created = Nothing was created.
plain-eof-nothing-created = End of input; nothing was created.
plain-stopped-because = plain mode stopped: { $why }
plain-file-is-export = This file is an export: its status block, time stamp and fingerprints are dropped on the first save.
plain-draft-saved = Draft saved.
plain-eof-draft-saved = End of input: draft saved.
plain-stopped-saved = Stopped: what was valid is saved.
plain-finished = { $finished } { $path } ({ $status }). Resume with: cosell --plain --draft { $name }
plain-last-changes-not-saved = the last changes to { $path } were not saved: { $error }
plain-choice-number-between = Enter a number between 1 and { $count }
plain-choice-ambiguous = { $typed } matches { $matches }; type more of the name, or its number
plain-drafts-in = Drafts in { $dir }:
plain-draft-line = { $offer } ({ $status }, rules { $rules })
plain-draft-unreadable = unreadable: { $error }
plain-new-draft = New draft
plain-draft-number-prompt = Enter a number between 1 and { $count }:
plain-rules-editions = Rules editions:
plain-edition-prompt = Rules edition, a number or a date (Enter: { $newest }):
plain-edition-refused = Type a number from 1 to { $count }, or { $names }.
plain-offer-name-prompt = Offer name for the new draft (quit to leave):
plain-offer-needs-name = The offer needs a name.
plain-draft-created = Created draft { $name } in { $dir }.
plain-draft-exists = A draft named { $name } exists already. 1. open it  2. create another ({ $free })  3. type another name
plain-one-two-three = Enter 1, 2 or 3:

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

file-size-bytes = { $size } B
file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-required = required
file-email-blanks = { $value } has blanks around it
file-email-no-at = { $value } is not a valid address: it has no @
file-email-no-dot = { $value } is not a valid address: the domain needs a dot, e.g. name@contoso.com
file-email-invalid = { $value } is not a valid address: { $reason }
file-mpn-digits = { $value } must be digits only, e.g. 4567890
file-url-scheme = { $value } must start with http:// or https://
file-url-no-host = { $value } has no host
file-url-blanks = { $value } contains blanks
file-money-stored-not-amount = { $value } is not an amount; write digits with at most 2 decimals, e.g. 120000.00
file-money-negative = { $value } is negative; revenue cannot be
file-money-decimals = { $value } has more than 2 decimals; round it to cents
file-money-empty = enter an amount in USD, e.g. 120000 or $120,000.50
file-money-not-digits = { $value } is not an amount; use digits, optionally $ and thousands separators
file-money-mixed = { $value } is not an amount: it mixes separators; write 45000.50 or 45,000.50
file-money-ambiguous = { $value } could mean { $thousands } (the dot as a thousands separator) or { $decimal }; type { $whole } or { $decimal_typed }
file-money-not-amount = { $value } is not an amount
file-money-groups = { $value }: the thousands separators are not in groups of three; write the amount without them, e.g. 120000.50
file-percent-decimals = { $value } has more than 2 decimals; write the share with at most 2, e.g. 50.25
file-percent-not-percent = { $value } is not a percentage
file-percent-range = { $value } is outside 0–100
file-percent-typed-not-number = { $value } is not a number; enter 0 to 100, e.g. 80 or 50.5
file-percent-typed-decimals = { $value } has more than 2 decimals; enter at most 2, e.g. 50.25
file-percent-not-number = { $value } is not a number
file-special-characters = contains special characters Partner Center may refuse: { $characters }
file-role-required = required: Partner marketing, Partner sales, Partner technical sales or Partner customer success manager
file-countries-required = required: one or more country codes, or OOO for all
file-country-did-you-mean = { $value } is not a country code; did you mean { $code } ({ $country })?
file-state-other-country = { $value } is in { $country }, which is not among this contact's countries
file-no-extension = { $value } has no file extension; accepted: { $accepted }
file-visio = Visio files are not accepted; export the diagram to PDF or PNG and attach that
file-extension-refused = .{ $ext } files are not accepted; accepted: { $accepted }
file-extension-not-accepted = .{ $ext } files are not accepted
file-none-chosen = no file chosen
file-does-not-exist = { $path } does not exist
file-permission-denied = { $path } cannot be read: permission denied
file-cannot-read = { $path } cannot be read: { $reason }
file-is-directory = { $path } is a directory, not a file
file-not-regular-attach = { $path } is { $kind }, not a regular file; attach the document itself
file-empty = { $path } is empty (0 bytes)
file-looks-like = it looks like { $media_type } (.{ $ext })
file-content-unknown = its content is not recognised
file-wrong-content = { $path } is named .{ $ext } but { $actual }; save it in the right format or fix the extension
file-too-many-others = { $count } other documents; Partner Center takes at most { $max }
file-io-not-regular = is { $kind }, not a regular file
file-kind-fifo = a named pipe (FIFO)
file-kind-socket = a socket
file-kind-device = a device
file-kind-directory = a directory
file-kind-symlink = a symbolic link
file-kind-file = a file
file-kind-other = not a regular file
file-io-permission = permission denied
file-io-disk-full = the disk is full; free some space and try again
file-io-too-large = too large to write here: the disk is full or a file size limit applies
file-io-read-only = the file system is read-only
file-io-not-utf8 = is not UTF-8 text
file-io-not-a-directory = a part of the path is a file, not a folder
file-io-is-directory = is a directory
file-stdout = standard output
file-refuse-open-draft = that is the draft being edited (or its lock); choose another file
file-refuse-drafts-folder = that is a draft or lock file in the drafts folder { $folder }; write outputs somewhere else
file-refuse-folder = that is a folder; give a file name inside it
file-output-refused = { $path }: refused: { $why }
file-give-name = give a file name
file-symlink-loop = too many levels of symbolic links
file-store-not-found = { $path }: no such file
file-store-parse = { $path }: cannot be read as a cosell submission: { $error }
file-store-locked = { $path } is open in another cosell (pid { $pid }); close that one first, or wait for it to finish
file-store-no-such-draft = no draft named { $name } in { $dir }; `cosell list` shows the drafts
file-store-exists = a draft named { $name } already exists in { $dir }
file-store-no-home = cannot find a data folder for drafts; set COSELL_HOME to a folder
file-store-home-not-dir = COSELL_HOME is { $path }, which is { $what }, not a folder; point COSELL_HOME at a folder
file-store-is-directory = is a directory, not a submission file
file-store-not-submission = is { $kind }, not a submission file
file-store-too-big = is { $size } MB; a submission file is at most { $max } MB; is this the right file?
file-store-save-too-big = not saved: the draft would be { $size } MB, more than the { $max } MB cosell reads back; remove contacts or long values
file-store-save-folder = not saved: cannot write in the folder { $folder } ({ $reason }); make it writable, or move the draft
file-store-not-saved = not saved: { $reason }
file-store-no-free-name = cannot find a free name to keep the other version
file-store-lock-changing = the lock file keeps changing; another program is creating and removing it
file-store-lock-not-regular = the lock file is { $kind }, not a regular file; remove it and try again
file-store-create-folder = cannot create the drafts folder ({ $reason }); set COSELL_HOME to a folder you can write
file-store-create-draft = cannot create a draft in the drafts folder ({ $reason }); make it writable or set COSELL_HOME to another folder
file-session-conflict = { $path } was changed by another program since cosell read it; not saved, so nothing of theirs is overwritten
file-session-still-reading = { $field } not checked yet: still being read after { $seconds } s
file-session-no-document = no document to copy
file-session-not-written-back = this draft is not written back
file-session-no-other-version = no other version to keep
file-session-saver-stopped = the saver stopped
file-export-refused = export refused; fix these first (or pass --allow-incomplete):
file-export-too-large = larger than { $size } GiB, not read
file-copy-not-document = { $path } is { $kind }, not a document to copy
file-copy-too-big = { $path } is too big to copy
file-copy-no-name = { $path } has no file name
file-copy-no-free-name = { $folder }: no free name for { $name }
kit-mark-covered = covered
kit-mark-uncovered = no Partner sales contact
kit-mark-warned = Partner Center will not take it (AI, EH, FK)
kit-changed = { $path } changed while the kit was written (its SHA-256 differs from the export's); write the kit again
kit-too-large = larger than { $size } GiB; a document that large is not uploaded to Partner Center
kit-grew = it grew while it was copied
kit-not-a-folder = it exists and is not a folder; give a new folder's name
kit-not-empty = the folder is not empty; a kit goes into a new (or empty) folder
kit-no-longer-empty = the folder is no longer empty (something was written there meanwhile); choose a new folder
kit-unnamed-offer = (unnamed offer)
kit-md-title = # Co-sell checklist: { $offer }
kit-incomplete = **INCOMPLETE**: this kit was written with `--allow-incomplete`. Fix these before you submit:
kit-status-label = Status this draft reaches:
kit-status-rules = rules { $edition }, { $summary }
kit-nothing-missing = Nothing is missing for the rungs this offer can reach.
kit-nothing-else-missing = Nothing else is missing for the rungs this offer can reach.
kit-also-missing = Also missing:
kit-still-missing = Still missing:
kit-brings = What this status brings:
kit-worth-checking = Worth checking:
kit-md-written = Written by cosell from the draft { $draft } at { $at }. `submission.json` is the record; this list is what to do in the browser.
kit-heading-open = Open the page
kit-sign-in = Sign in to Partner Center and open { $page }.
kit-check-account = Check that the account is the one with { $partner_id } { $id }
kit-check-designation = Check that the organisation holds a Solutions Partner designation.
kit-heading-listing = Listing
kit-microsoft-platforms = Microsoft platforms
kit-segments = Segments
kit-tick = { $what }: tick { $value }
kit-solution-type = Solution type: choose { $value }
kit-md-solution-area = Solution area: choose { $area }, then its { $what }: { $sub_areas }
kit-limits = Partner Center takes 1 to { $areas } solution areas, each with 1 to { $subs } { $what }.
kit-heading-documents = Documents
kit-upload = { $what }: upload { $file }
kit-missing-from-kit = missing from this kit
kit-left-out = { $what }: { $missing }: { $why }. Fix it in the draft, then write the kit again.
kit-landing-page = Landing page URL: type { $url }
kit-heading-contacts = Contacts
kit-count-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
kit-import-contacts = Import contacts: { $file } ({ $contacts }, { $markets }) with Partner Center's "Import contacts". It replaces the contacts there.
kit-check-markets = Check that every market has a Partner sales contact: { $markets }
kit-heading-submit = Submit
kit-next = What happens next: { $next }
kit-open-hint = open { $url } in a browser
kit-copy = Copy
kit-copied = Copied
kit-selected = Selected: press Ctrl+C
kit-js-progress-one = { $done } of { $total } step done.
kit-js-progress-other = { $done } of { $total } steps done.
kit-js-contacts-one = { $n } contact
kit-js-contacts-other = { $n } contacts
kit-js-shown-one = { $n } of { $total } contact
kit-js-shown-other = { $n } of { $total } contacts
kit-page-title = Co-sell kit: { $offer }
kit-page-kicker = Co-sell kit for Partner Center
kit-worth-checking-count = Worth checking ({ $count })
kit-page-written = Written by cosell from the draft { $draft } at { $at }. `submission.json` is the record; this page is what to do in the browser. Tick each step as you go: the ticks are kept in this browser.
kit-find-offer = Find the offer by its name: { $value }
kit-choose = { $what }: choose { $value }
kit-page-solution-area = Solution area: choose { $area } then its { $what }: { $sub_areas }
kit-type = { $what }: type { $value }
kit-filter = Filter the contacts
kit-filter-placeholder = name, email, role or country
kit-print-contacts = { $count ->
        [one] { $count } contact: see contacts.csv.
       *[other] { $count } contacts: see contacts.csv.
    }
kit-first-contacts = The first { $shown } of { $count } contacts; all of them are in contacts.csv.
kit-map-title = Markets on a world map
kit-map-without = Without a Partner sales contact: { $markets }
doc-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
doc-slides = { $count ->
    [one] { $count } slide
   *[other] { $count } slides
}
doc-not-checked-larger = not checked: larger than { $size } MB
doc-not-picture = cannot be read as a picture ({ $why }); export it again and check that it opens
doc-encrypted = is encrypted (password protected); reviewers may not be able to open it
doc-no-pages = has no pages that a PDF reader can show; export it again
doc-not-pdf = cannot be read as a PDF ({ $why }); export it again and check that it opens
doc-not-office = is not a valid { $app } file ({ $why }); save it again from { $app }
doc-no-part = no { $part }
doc-one-pager-over-ten = { $count } pages; Partner Center's 2022 docs take at most 10, and Microsoft's one-pager template is one page
doc-one-pager-over-two = { $count } pages; Microsoft's one-pager template is one page, its 2019 guidance 1–2
doc-deck-slides = { $count ->
    [one] { $count } slide
   *[other] { $count } slides
}; Microsoft's 2019 guidance for a pitch deck is 5–10 slides
doc-diagram-small = { $width }×{ $height } pixels: under 800 px wide a diagram is hard to read; export it larger
doc-preview-too-large = larger than { $size } MB: too large to preview here
doc-worker-cannot-limit = cosell worker: cannot limit itself ({ $why }); refusing to parse
doc-no-limits = no resource limits on this platform
doc-took-longer = not checked: reading it took longer than { $seconds } s
doc-memory = not checked: reading it needed more than the { $size } MiB cosell allows a document
doc-preview-took-longer = not shown: decoding it took longer than { $seconds } s
doc-preview-memory = not shown: decoding it needed more than the { $size } MiB cosell allows a document
doc-reader-failed = not checked: the document reader failed on it
doc-reader-no-start-why = not checked: the document reader could not start ({ $why })
doc-reader-no-start = not checked: the document reader could not start
doc-no-thread = not checked: no thread could be started to read it
doc-no-answer = not checked: the document reader gave no answer
doc-preview-no-answer = not shown: the picture reader gave no answer
doc-preview-cut-short = not shown: the picture reader's answer was cut short
doc-not-running = not checked: the document reader is not running
doc-still-reading = not checked: still being read after { $seconds } s
csv-problems = { $count ->
    [one] { $count } problem; nothing was imported and the draft is unchanged:
   *[other] { $count } problems; nothing was imported and the draft is unchanged:
}
csv-and-more = … and { $count } more; fix these first
csv-no-such-file = no such file
csv-not-a-file = is { $kind }, not a CSV file
csv-too-big = is { $size } MB; a contacts CSV is at most { $max } MB
csv-grew-too-big = is more than { $max } MB; a contacts CSV is at most that
csv-row = row { $row }: { $message }
csv-encoding-utf8 = UTF-8
csv-encoding-utf8-bom = UTF-8 with a byte-order mark (Excel's "CSV UTF-8")
csv-encoding-utf16 = UTF-16 with a byte-order mark (Excel's "Unicode Text")
csv-encoding-1252 = Windows-1252 (Excel's "CSV" on Western-European Windows)
csv-save-as = save it from the spreadsheet as "CSV UTF-8 (Comma delimited)" and import that
csv-bad-utf16 = the file starts as UTF-16 text but is not valid UTF-16 further on; { $save_as }
csv-workbook = the file is a workbook (.xlsx), not a CSV; { $save_as }
csv-bad-utf8 = the file says it is UTF-8 but row { $row } is not; { $save_as }
csv-zero-byte = the file is UTF-16 without a byte-order mark, or not text at all (a zero byte on row { $row }); { $save_as }
csv-not-text = the file is not text in UTF-8, UTF-16 or Windows-1252 (byte { $byte } on row { $row }); { $save_as }
csv-template-guide =
    One row per contact. Role: Partner marketing, Partner sales, Partner technical sales or
    Partner customer success manager. Countries/Regions: ISO codes separated by commas, in
    double quotes when there are several ("US, CA"), or OOO for all countries.
    States/Provinces (optional): US-WA, CA-BC, AU-NSW ... inside the row's countries.
    Replace the example row (Ada Lovelace) with your contacts. Importing replaces all contacts.
csv-empty = the file is empty; it needs the header { $header } and one row per contact (`cosell contacts template` writes one)
csv-unclosed-quote = row { $row }: a double quote opens here and is never closed, so the rest of the file would be read as one cell; close the quote ("US, CA") or remove it
csv-bad-header = row 1: cannot read the header: { $why }
csv-no-header = the file has no header
csv-column-twice = column { $column } appears twice
csv-unknown-column = unknown column { $column }; the columns are { $columns }
csv-missing-column = the column { $column } is missing; the header must be { $header }
csv-read-as = read as { $encoding }
csv-too-many = the file has more than { $max } contacts; cosell takes at most { $max } per draft
csv-row-unreadable = cannot be read: { $why }
csv-a-cell = a cell
csv-cell-not-utf8 = { $column } is not UTF-8 text; save the file as "CSV UTF-8"
csv-cell-count = has { $cells } cells but the header has { $columns } columns; check for a missing or extra separator
csv-role-unknown = Role { $value } is not one of { $roles }
csv-column-required = { $column } is required{ $rest }
csv-formula = { $column } { $value } looks like a spreadsheet formula; it is imported as text, and cosell's CSV exports write it so spreadsheets do not run it
csv-example-row = this is the template's example row; delete it unless Ada is your contact
csv-no-contacts = the file has a header but no contacts; an import replaces all contacts, so it would delete them all
csv-spill = Countries/Regions { $value } was split into separate cells because it has commas but no quotes, so { $spilled } spilled into States/Provinces; put the list in double quotes: "{ $list }"
csv-preview-replaces = This import replaces all contacts: { $before } now → { $after } after.
csv-preview-more = and { $count } more
csv-preview-added = Added ({ $count }): { $names }
csv-preview-changed = Changed ({ $count }): { $names }
csv-preview-dropped = Dropped ({ $count }): { $names }
csv-preview-covered = Markets that become covered: { $markets }
csv-preview-uncovered = Markets that lose their sales contact: { $markets }
csv-preview-still = Markets still without a sales contact: { $markets }
file-store-pid-unknown = unknown
