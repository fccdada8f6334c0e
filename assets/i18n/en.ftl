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

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
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

