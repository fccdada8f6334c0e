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

## Wizard: screens, dialogs, keys, fields and their checks (src/tui, src/fields, steps.rs, field_ids.rs)
## @section wizard: add this area's messages below, above the next section

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
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

