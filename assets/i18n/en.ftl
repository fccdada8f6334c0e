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
kit-print-contacts = { $count } contacts: see contacts.csv.
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
