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

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

