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

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

