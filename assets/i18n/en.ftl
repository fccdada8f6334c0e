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

## Wizard: screens, dialogs, keys, fields and their checks (src/tui, src/fields, steps.rs, field_ids.rs)
## @section wizard: add this area's messages below, above the next section

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
lang-unknown = cosell: { $variable }={ $value } is not a language cosell speaks ({ $codes }); using English

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

