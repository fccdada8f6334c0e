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
wiz-help-always = Altijd
wiz-help-global = Overal behalve tijdens het typen
wiz-help-wizard = In een concept
wiz-help-start = Concepten
wiz-help-form = Formulieren
wiz-help-contacts = Scherm Contactpersonen
wiz-help-review = Scherm Controle
wiz-help-panel = Statuspaneel
wiz-help-edit = Tijdens het typen van een waarde
wiz-help-choice = Lijsten (typ om te zoeken)
wiz-help-confirm = Vragen
wiz-help-message = Berichten
wiz-help-help = Deze hulp
wiz-help-input = Dialogen voor naam en pad
wiz-help-contact = Formulier contactpersoon
wiz-help-files = Bestandskiezer (typ om te filteren)
wiz-help-compare = Edities naast elkaar
wiz-key-scroll = scrollen
wiz-key-next = volgende
wiz-key-page-down = pagina omlaag
wiz-key-page-up = pagina omhoog
wiz-key-cancel = annuleren
wiz-key-choose-a-file = bestand kiezen
wiz-key-clear-the-line = regel wissen
wiz-key-quit-asks = stop (vraagt eerst als er iets niet bewaard is)
wiz-key-help = hulp
wiz-key-quit = stop
wiz-key-open = open
wiz-key-new-draft = nieuw
wiz-key-rename = hernoem
wiz-key-duplicate = kopieer
wiz-key-delete = wis
wiz-key-next-draft = volgend concept
wiz-key-previous-draft = vorig concept
wiz-key-go-to-the-field-that-fixes-it = naar het veld dat het oplost
wiz-key-next-requirement = volgende vereiste
wiz-key-previous-requirement = vorige vereiste
wiz-key-back-to-the-form = terug naar formulier
wiz-key-add = nieuw
wiz-key-undo = ongedaan maken
wiz-key-import-csv = CSV importeren
wiz-key-export-csv = CSV exporteren
wiz-key-filter = filteren
wiz-key-scroll-the-coverage-down = dekking omlaag scrollen
wiz-key-scroll-the-coverage-up = dekking omhoog scrollen
wiz-key-coverage-on-a-map-as-a-list = dekking op een kaart / als lijst
wiz-key-export-json = JSON exporteren
wiz-key-kit-for-partner-center = kit voor Partnercentrum
wiz-key-json-summary = JSON / overzicht
wiz-key-scroll-down = omlaag scrollen
wiz-key-scroll-up = omhoog scrollen
wiz-key-next-field = volgend veld
wiz-key-previous-field = vorig veld
wiz-key-edit = wijzig
wiz-key-clear = wis
wiz-key-next-step = volgende
wiz-key-back = terug
wiz-key-go-to-a-step = naar een stap
wiz-key-status = status
wiz-key-compare-editions = edities vergelijken
wiz-key-switch-rules-edition = andere editie van de regels
wiz-key-keep = bewaar
wiz-key-keep-next-in-a-path-complete = bewaar & volgende (pad: aanvullen)
wiz-key-keep-previous = bewaar & vorige
wiz-key-keep-next = bewaar & volgende
wiz-key-previous = vorige
wiz-key-tick = aanvinken
wiz-key-type-a-value-instead = zelf typen
wiz-key-open-folder-choose-file = map openen / bestand kiezen
wiz-key-parent-folder = bovenliggende map
wiz-key-confirm = bevestig
wiz-key-complete-the-path = pad aanvullen
wiz-key-clear-the-search = zoekopdracht wissen
wiz-key-clear-the-filter = filter wissen
wiz-key-next-last-save = volgende (laatste: opslaan)
wiz-key-save = opslaan
wiz-key-pick-countries-from-a-list = landen uit een lijst kiezen
wiz-key-yes = ja
wiz-key-no = nee
wiz-key-the-other-choice = de andere keuze
wiz-key-close = sluiten
wiz-key-switch-the-draft-s-edition = editie van het concept wijzigen
wiz-cannot-list-drafts = kan de concepten niet weergeven: { $error }
wiz-opened-an-export = Dit bestand is een export: het statusblok en de vingerafdrukken vervallen bij de eerste wijziging
wiz-resumed-at = Verder bij { $step }
wiz-not-saved = NIET OPGESLAGEN: { $error }
wiz-not-saved-stays-open = NIET OPGESLAGEN: { $error }; het concept blijft open (q vraagt of u wilt afsluiten zonder op te slaan)
wiz-not-saved-kept-in-memory = NIET OPGESLAGEN: { $error }; uw wijzigingen blijven in het geheugen
wiz-quit-unsaved-title = Afsluiten zonder opslaan?
wiz-quit-unsaved-lost = Uw laatste wijzigingen zijn NIET opgeslagen:
wiz-quit-unsaved-kept = Ze blijven in het geheugen zolang cosell draait.
wiz-answer-retry-save = opnieuw opslaan
wiz-answer-quit-and-lose = afsluiten, ze gaan verloren
wiz-answer-stay = blijven
wiz-conflict-status = NIET OPGESLAGEN: { $name } is door een ander programma gewijzigd; kies wat u bewaart
wiz-conflict-title = Het concept is op schijf gewijzigd
wiz-conflict-changed = Een ander programma heeft { $name } gewijzigd nadat cosell het las.
wiz-conflict-nothing-overwritten = Er is niets opgeslagen, dus niets van de ander is overschreven.
wiz-conflict-keep-mine = Mijne houden: die van de ander blijft ernaast als .theirs-….json-bestand.
wiz-conflict-reload-theirs = Die van de ander laden: uw niet-opgeslagen wijzigingen vervallen (vergelijken toont ze).
wiz-conflict-later = Later: er wordt niets opgeslagen tot u kiest.
wiz-answer-keep-mine = mijne houden
wiz-answer-reload-theirs = die van de ander laden
wiz-answer-compare = vergelijken
wiz-answer-later = later
wiz-export-needs-first = Voor de export is eerst dit nodig:
wiz-export-not-ready = Nog niet klaar voor export
wiz-delete-contact-title = Contactpersoon verwijderen?
wiz-delete-contact = { $name } verwijderen? (u maakt het ongedaan)
wiz-answer-delete = verwijderen
wiz-answer-keep = houden
wiz-delete-link = De koppeling { $name } uit de concepten verwijderen?
wiz-delete-link-target-kept = Het doel { $target } blijft bestaan.
wiz-delete-draft = Het concept { $name } en het bestand verwijderen?
wiz-cannot-be-undone = Dit kan niet ongedaan worden gemaakt.
wiz-delete-draft-title = Concept verwijderen?
wiz-copied-draft = { $name } gekopieerd naar { $copy }
wiz-switch-status = Status: { $before } → { $after }
wiz-switch-absent = ontbreekt
wiz-switch-not-applicable = n.v.t.
wiz-switch-new-field = Nieuw veld: { $field }
wiz-switch-field-gone = Niet meer gevraagd: { $field }
wiz-switch-title = Overstappen op de regels van { $edition }?
wiz-answer-switch = overstappen
wiz-answer-keep-rules = huidige regels houden
wiz-restored = { $name } teruggezet
wiz-import-undone = { $count ->
    [one] Import ongedaan gemaakt: { $count } contactpersoon terug
   *[other] Import ongedaan gemaakt: { $count } contactpersonen terug
}
wiz-nothing-to-undo = Niets om ongedaan te maken
wiz-copy-in-title = Naar de map van het concept kopiëren?
wiz-copy-in-outside = Het bestand staat buiten de map van het concept: een kopie van het concept elders (een git-clone) vindt het niet.
wiz-copy-in-ask = Naar { $folder } kopiëren en de kopie gebruiken?
wiz-answer-copy-in = kopiëren
wiz-answer-leave-it = laten waar het staat
wiz-created-draft = Concept { $name } gemaakt in { $dir }
wiz-draft-exists-title = Er bestaat al een concept met die naam
wiz-draft-exists = Er is al een concept met de naam { $name }.
wiz-answer-open-it = openen
wiz-answer-create = { $name } maken
wiz-answer-cancel = annuleren
wiz-type-offer-name = typ de naam van de aanbieding
wiz-type-new-name = typ de nieuwe naam
wiz-renamed = { $name } hernoemd naar { $new }
wiz-replace-file-title = Bestand vervangen?
wiz-replace-file = { $path } bestaat al. Vervangen?
wiz-answer-replace = vervangen
wiz-kit-writer-stopped = het schrijven van de kit is gestopt
wiz-writing-kit = Kit wordt geschreven naar { $dir }
wiz-import-not-a-csv = { $path } is { $kind }, geen CSV-bestand
wiz-wrote-contacts = { $count ->
    [one] { $count } contactpersoon geschreven naar { $path }
   *[other] { $count } contactpersonen geschreven naar { $path }
}
wiz-exported = Geëxporteerd ({ $status }) naar { $path }
wiz-import-stopped = de import is gestopt
wiz-importing = { $path } importeren
wiz-import-refused-problems = { $count ->
    [one] { $count } probleem; er is niets geïmporteerd, uw contactpersonen zijn ongewijzigd:
   *[other] { $count } problemen; er is niets geïmporteerd, uw contactpersonen zijn ongewijzigd:
}
wiz-and-more = … en nog { $count }
wiz-import-refused = Import geweigerd
wiz-replace-contacts-title = Contactpersonen vervangen?
wiz-answer-replace-contacts = alle contactpersonen vervangen
wiz-answer-keep-contacts = de huidige houden
wiz-count-documents = { $count ->
    [one] { $count } document
   *[other] { $count } documenten
}
wiz-count-contacts = { $count ->
    [one] { $count } contactpersoon
   *[other] { $count } contactpersonen
}
wiz-wrote-kit = Kit geschreven: { $place } ({ $documents }, { $contacts }; CHECKLIST.md ernaast)
wiz-kit-not-written = Kit niet geschreven
wiz-saved-yours-kept = Uw versie opgeslagen; die van de ander staat in { $name }
wiz-saved-yours-removed = Uw versie opgeslagen (het andere programma had het bestand verwijderd)
wiz-reloaded-nothing-differed = niets van u week af
wiz-reloaded-dropped = uw wijzigingen aan { $fields } zijn vervallen
wiz-reloaded-theirs = Versie van de ander geladen: { $what }
wiz-cannot-reload = Kan de versie van de ander niet laden: { $error }
wiz-compare-same = Beide versies bevatten dezelfde waarden.
wiz-compare-differs = Waar uw versie afwijkt van het bestand op schijf:
wiz-compare-unreadable = Kan de andere versie niet lezen: { $error }
wiz-compare-title = Uw versie en die van de ander
wiz-conflict-undecided = NIET OPGESLAGEN: het concept is op schijf gewijzigd; sluit af of wijzig iets om opnieuw te kiezen
wiz-copied-in = Gekopieerd; het concept gebruikt nu { $path }
wiz-not-copied = Niet gekopieerd: { $error }
wiz-deleted = { $name } verwijderd
wiz-removed-link = Koppeling { $name } verwijderd
wiz-removed-link-kept = Koppeling { $name } verwijderd; het doel { $target } blijft bestaan
wiz-matches = Overeenkomsten: { $values }
wiz-quit-editing-title = Afsluiten?
wiz-quit-editing = De waarde die u typt, is nog niet bewaard.
wiz-answer-quit-without-it = afsluiten zonder de waarde
wiz-answer-keep-editing = verder typen
wiz-nothing-to-do = { $title }: niets te doen
wiz-fix-first = Los dit eerst op (teruggaan kan altijd): { $error }
wiz-deleted-undo = { $name } verwijderd (u maakt ongedaan)
wiz-imported = { $count ->
    [one] { $count } contactpersoon geïmporteerd (u maakt ongedaan)
   *[other] { $count } contactpersonen geïmporteerd (u maakt ongedaan)
}
wiz-now-uses-rules = Het concept gebruikt nu de regels van { $edition }
wiz-saved = Opgeslagen
wiz-no-raw-mode = kan de terminal niet in raw-modus zetten
wiz-cannot-open = kan { $path } niet openen
wiz-step-of = stap { $number } van { $count }
wiz-title-rules = regels { $edition }
wiz-title-not-saved = NIET OPGESLAGEN
wiz-title-saving = opslaan…
wiz-title-saved-at = opgeslagen { $time }
wiz-title-saved = opgeslagen
wiz-too-small = Vergroot de terminal tot minstens { $size } (nu { $now }). q sluit af; uw concept is opgeslagen.
wiz-too-small-short = Vergroot tot { $size } (nu { $now }); q sluit af
wiz-too-small-shorter = Nodig: { $size }; q sluit af
wiz-did-you-mean = { $reason }; bedoelt u bij { $code } { $suggestion } ({ $name })?
wiz-not-in-catalogue = { $value } (niet in de catalogus)
wiz-country-not-iso-did-you-mean = { $code }  (geen ISO-code; bedoelt u { $suggestion }, { $name }?)
wiz-country-not-iso = { $code }  (geen ISO-landcode)
wiz-country-global = { $code }  Alle landen (wereldwijd contact)
wiz-country-not-in-partner-center = {"  "}(niet in de lijst van Partnercentrum)
wiz-countries-title = Landen
wiz-countries-help = Typ om te zoeken op naam of code; spatie vinkt aan.
wiz-edition-for-new = Aan welke co-sell-regels moet { $name } worden getoetst? { $edition } is { $summary }.
wiz-edition-for-draft = Aan welke co-sell-regels moet dit concept worden getoetst?
wiz-edition-title = Editie van de regels
wiz-new-draft-title = Nieuw concept
wiz-new-draft-help = De naam van de aanbieding, zoals in Partnercentrum. Daarna kiest u de editie van de regels.
wiz-rename-title = Concept hernoemen
wiz-rename-help = Een nieuwe naam voor { $name } (het bestand wordt hernoemd).
wiz-import-title = Contactpersonen importeren
wiz-import-help = De CSV met contactpersonen uit Partnercentrum. Die vervangt alle contactpersonen; u ziet eerst wat er verandert.
wiz-export-csv-title = Contactpersonen exporteren
wiz-export-csv-help = Schrijf de contactpersonen als CSV voor Partnercentrum (UTF-8 met BOM, opent in Excel) naar:
wiz-export-json-title = Inzending exporteren
wiz-export-json-help = Schrijf de JSON van de inzending met het statusblok van { $edition } naar:
wiz-kit-title = Kit voor Partnercentrum
wiz-kit-help = Een nieuwe map met de export, contacts.csv, de documenten genummerd in de volgorde van Partnercentrum en CHECKLIST.md, de stappen in de browser:
wiz-working = Bezig… (Ctrl-C sluit af)
wiz-help-title = Toetsen
wiz-help-marks = Tekens: ✓ voldaan/geldig/klaar  ✗ niet voldaan/ongeldig  — n.v.t.  • bezig  ○ niet begonnen  * verplicht
wiz-help-mouse = Muis: klik op een stap, een veld, een rij of een antwoord; het wieltje scrolt.
wiz-progress-read = { $percent } gelezen
wiz-ctrl-c-quits = Ctrl-C sluit af
wiz-choice-ticked = { $title } ({ $count } aangevinkt)
wiz-choice-search = Zoeken: { $search }▏  { $shown } van { $count }
wiz-choice-no-match = Niets gevonden; Backspace verruimt de zoekopdracht.
wiz-contact-edit-title = Contactpersoon wijzigen
wiz-contact-new-title = Nieuwe contactpersoon
wiz-pick-from-list = uit de lijst kiezen
wiz-files-title = Kies een bestand
wiz-files-filter = Filter: { $filter }▏
wiz-start-intro = Co-sell met Microsoft: vul de gegevens in en zie welke status ze opleveren.
wiz-start-resume = Open een concept of begin een nieuw. Elke wijziging wordt opgeslagen.
wiz-start-drafts = Concepten
wiz-start-unreadable = onleesbaar: { $error }
wiz-start-new-rules = Nieuwe concepten: regels
wiz-start-todays = (het huidige Partnercentrum)
wiz-start-folder = Map met concepten: { $dir }
wiz-markets-choose = (kies de landen)
wiz-map-needs = De kaart heeft { $size } of meer nodig; { $key } verbergt hem.
wiz-markets-help = Enter kiest de landen; elk land heeft een verkoopcontactpersoon nodig (of een met OOO).
wiz-coverage-title = { $count ->
    [one] Dekking: { $covered } van { $count } markt
   *[other] Dekking: { $covered } van { $count } markten
}
wiz-coverage-as-list = { $key } lijst
wiz-coverage-on-map = { $key } kaart
wiz-not-a-country-code = (geen landcode)
wiz-no-sales-contact = geen verkoopcontactpersoon
wiz-coverage-more = nog { $count } ([ ] of het wieltje scrolt)
wiz-coverage-above = { $count } hierboven
wiz-coverage-above-more = { $above } hierboven, nog { $count }
wiz-no-markets = Nog geen markten: kies hierboven de landen.
wiz-contacts-filtered = Contactpersonen: { $shown } van { $count } passen bij { $filter }
wiz-contacts-title = Contactpersonen ({ $count })
wiz-col-name = Naam
wiz-col-email = E-mail
wiz-col-job-title = Functie
wiz-col-role = Rol
wiz-col-countries = Landen
wiz-col-states = Staten
wiz-no-contacts = Geen contactpersonen: { $add } voegt er een toe, { $import } importeert een CSV uit Partnercentrum.
wiz-contacts-filter = Filter: { $filter }▏  Enter bewaart, Esc wist
wiz-contacts-filter-help = / wijzigt het filter; Esc daarin wist het
wiz-diagram-guidance = Laat de infrastructuur zien waarop de aanbieding steunt: de cloudservices die haar hosten of waarmee ze praat, dataservices, beveiliging en identiteit, gebruikersinterfaces, hybride verbindingen. Het toont welke Microsoft-services worden gebruikt, niet hoe goed de architectuur is. Elk tekenprogramma volstaat; upload een pdf of een afbeelding.
wiz-preview-failed-check = geen voorbeeld: het bestand kwam niet door de controle
wiz-preview-pdf = PDF, { $size }: pagina's worden hier niet getekend; open het om te controleren
wiz-preview-no-type = geen voorbeeld voor dit bestandstype
wiz-preview-decoding = decoderen…
wiz-preview-reader-stopped = het lezen van de afbeelding is gestopt
wiz-preview-pixels = { $size } pixels
wiz-preview-cannot-show = kan de afbeelding niet tonen
wiz-preview-cannot-show-why = kan de afbeelding niet tonen: { $error }
wiz-preview-title = Voorbeeld { $info }
wiz-no-diagram = Nog geen diagram gekozen.
wiz-checking = wordt gecontroleerd…
wiz-not-needed = niet nodig
wiz-empty-choose = (kies)
wiz-empty-yes-no = (ja/nee)
wiz-not-needed-why = Niet nodig: { $why }.
wiz-thresholds = Drempels ({ $status })
wiz-json-preview-stopped = (het JSON-voorbeeld is gestopt; schakel het opnieuw in om het nog eens te proberen)
wiz-json-export-time = (het tijdstip van de export)
wiz-json-preparing = (JSON-voorbeeld wordt voorbereid…)
wiz-json-more-lines = … nog { $count } regels: exporteer de JSON ({ $key }) om het hele bestand te lezen
wiz-benefits-none = Voordelen: nog geen
wiz-benefits = Voordelen: { $benefits }
wiz-step-complete = compleet
wiz-step-invalid = ongeldige waarde
wiz-step-missing = er ontbreekt iets
wiz-step-not-started = niet begonnen
wiz-offer-live = live
wiz-offer-not-live = niet live
wiz-review-contacts = { $contacts } voor { $markets }, { $count } zonder verkoopcontactpersoon
wiz-nothing-missing = Er ontbreekt niets voor de niveaus die deze aanbieding kan halen.
wiz-what-is-missing = Wat ontbreekt
wiz-more-invalid = … en nog { $count } ongeldige waarden
wiz-note = Opmerking: { $note }
wiz-review-export = JSON exporteren
wiz-review-export-blocked = Exporteren (eerst ✗ oplossen)
wiz-review-kit = Kit
wiz-review-summary = Overzicht
wiz-review-exact-json = Exacte JSON
wiz-map-covered = gedekt
wiz-map-uncovered = niet gedekt

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
lang-unknown = cosell: { $variable }={ $value } is geen taal die cosell spreekt ({ $codes }); cosell gebruikt Engels

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

