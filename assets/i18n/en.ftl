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

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
lang-unknown = cosell: { $variable }={ $value } is not a language cosell speaks ({ $codes }); using English

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

