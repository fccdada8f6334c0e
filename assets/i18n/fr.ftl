# cosell's messages in Français (fr). One message per key; every key is in every
# language (tests/i18n.rs). Plurals: { $count -> [one] ... *[other] ... } with CLDR's categories.
# Terms in Dutch and French follow Microsoft's (docs/cosell-spec §13).

## Common: the language, numbers, money, dates, counts

language-name = Français
number-decimal = ,
number-group = { "\u202F" }
money = { $amount }{ "\u00A0" }USD
percent = { $value }{ "\u202F" }%
date = { $day } { $month_name } { $year }
month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.
count-markets = { $count ->
    [one] { $count } marché
   *[other] { $count } marchés
}

## Rules and status: editions, requirements, rungs, benefits, the status panel and `status` (src/editions, rules.rs, status.rs, present.rs, tui/widgets/status_panel.rs)
## @section rules: add this area's messages below, above the next section

## Wizard: screens, dialogs, keys, fields and their checks (src/tui, src/fields, steps.rs, field_ids.rs)
## @section wizard: add this area's messages below, above the next section
wiz-help-always = Toujours
wiz-help-global = Partout sauf pendant la saisie
wiz-help-wizard = Dans un brouillon
wiz-help-start = Brouillons
wiz-help-form = Formulaires
wiz-help-contacts = Écran Contacts
wiz-help-review = Écran Vérification
wiz-help-panel = Panneau d'état
wiz-help-edit = Pendant la saisie d'une valeur
wiz-help-choice = Listes (tapez pour chercher)
wiz-help-confirm = Questions
wiz-help-message = Messages
wiz-help-help = Cette aide
wiz-help-input = Dialogues de nom et de chemin
wiz-help-contact = Formulaire de contact
wiz-help-files = Sélecteur de fichiers (tapez pour filtrer)
wiz-help-compare = Éditions côte à côte
wiz-key-scroll = défiler
wiz-key-next = suivant
wiz-key-page-down = page suivante
wiz-key-page-up = page précédente
wiz-key-cancel = annuler
wiz-key-choose-a-file = choisir un fichier
wiz-key-clear-the-line = effacer la ligne
wiz-key-quit-asks = quitter (demande si une saisie n'est pas enregistrée)
wiz-key-help = aide
wiz-key-quit = quitter
wiz-key-open = ouvrir
wiz-key-new-draft = nouveau
wiz-key-rename = renommer
wiz-key-duplicate = copier
wiz-key-delete = suppr.
wiz-key-next-draft = brouillon suivant
wiz-key-previous-draft = brouillon précédent
wiz-key-go-to-the-field-that-fixes-it = aller au champ qui le corrige
wiz-key-next-requirement = exigence suivante
wiz-key-previous-requirement = exigence précédente
wiz-key-back-to-the-form = retour au formulaire
wiz-key-add = ajouter
wiz-key-undo = annuler
wiz-key-import-csv = import CSV
wiz-key-export-csv = export CSV
wiz-key-filter = filtrer
wiz-key-scroll-the-coverage-down = faire défiler la couverture vers le bas
wiz-key-scroll-the-coverage-up = faire défiler la couverture vers le haut
wiz-key-coverage-on-a-map-as-a-list = couverture sur une carte / en liste
wiz-key-export-json = exporter JSON
wiz-key-kit-for-partner-center = kit Espace partenaires
wiz-key-json-summary = JSON / résumé
wiz-key-scroll-down = défiler vers le bas
wiz-key-scroll-up = défiler vers le haut
wiz-key-next-field = champ suivant
wiz-key-previous-field = champ précédent
wiz-key-edit = modifier
wiz-key-clear = effacer
wiz-key-next-step = suivant
wiz-key-back = retour
wiz-key-go-to-a-step = aller à une étape
wiz-key-status = état
wiz-key-compare-editions = comparer les éditions
wiz-key-switch-rules-edition = changer d'édition des règles
wiz-key-keep = garder
wiz-key-keep-next-in-a-path-complete = garder & suivant (chemin : compléter)
wiz-key-keep-previous = garder & précédent
wiz-key-keep-next = garder & suivant
wiz-key-previous = précédent
wiz-key-tick = cocher
wiz-key-type-a-value-instead = saisir une valeur
wiz-key-open-folder-choose-file = ouvrir le dossier / choisir le fichier
wiz-key-parent-folder = dossier parent
wiz-key-confirm = valider
wiz-key-complete-the-path = compléter le chemin
wiz-key-clear-the-search = effacer la recherche
wiz-key-clear-the-filter = effacer le filtre
wiz-key-next-last-save = suivant (fin : enregistrer)
wiz-key-save = enregistrer
wiz-key-pick-countries-from-a-list = choisir les pays dans une liste
wiz-key-yes = oui
wiz-key-no = non
wiz-key-the-other-choice = l'autre choix
wiz-key-close = fermer
wiz-key-switch-the-draft-s-edition = changer l'édition du brouillon
wiz-cannot-list-drafts = impossible de lister les brouillons : { $error }
wiz-opened-an-export = Ce fichier est un export : son bloc d'état et ses empreintes disparaissent à la première modification
wiz-resumed-at = Reprise à { $step }
wiz-not-saved = NON ENREGISTRÉ : { $error }
wiz-not-saved-stays-open = NON ENREGISTRÉ : { $error } ; le brouillon reste ouvert (q demande s'il faut quitter sans enregistrer)
wiz-not-saved-kept-in-memory = NON ENREGISTRÉ : { $error } ; vos modifications sont gardées en mémoire
wiz-quit-unsaved-title = Quitter sans enregistrer ?
wiz-quit-unsaved-lost = Vos dernières modifications ne sont PAS enregistrées :
wiz-quit-unsaved-kept = Elles restent en mémoire tant que cosell tourne.
wiz-answer-retry-save = réessayer l'enregistrement
wiz-answer-quit-and-lose = quitter et les perdre
wiz-answer-stay = rester
wiz-conflict-status = NON ENREGISTRÉ : { $name } a été modifié par un autre programme ; choisissez quoi garder
wiz-conflict-title = Le brouillon a changé sur le disque
wiz-conflict-changed = Un autre programme a modifié { $name } depuis que cosell l'a lu.
wiz-conflict-nothing-overwritten = Rien n'a été enregistré : rien de l'autre version n'est écrasé.
wiz-conflict-keep-mine = Garder la mienne : l'autre est gardée à côté dans un fichier .theirs-….json.
wiz-conflict-reload-theirs = Recharger l'autre : vos modifications non enregistrées sont perdues (comparer les liste).
wiz-conflict-later = Plus tard : rien n'est enregistré tant que vous n'avez pas choisi.
wiz-answer-keep-mine = garder la mienne
wiz-answer-reload-theirs = recharger l'autre
wiz-answer-compare = comparer
wiz-answer-later = plus tard
wiz-export-needs-first = L'export demande d'abord ceci :
wiz-export-not-ready = Pas prêt pour l'export
wiz-delete-contact-title = Supprimer le contact ?
wiz-delete-contact = Supprimer { $name } ? (u l'annule)
wiz-answer-delete = supprimer
wiz-answer-keep = garder
wiz-delete-link = Retirer le lien { $name } des brouillons ?
wiz-delete-link-target-kept = Sa cible { $target } est conservée.
wiz-delete-draft = Supprimer le brouillon { $name } et son fichier ?
wiz-cannot-be-undone = C'est irréversible.
wiz-delete-draft-title = Supprimer le brouillon ?
wiz-copied-draft = { $name } copié vers { $copy }
wiz-switch-status = État : { $before } → { $after }
wiz-switch-absent = absente
wiz-switch-not-applicable = s.o.
wiz-switch-new-field = Nouveau champ : { $field }
wiz-switch-field-gone = Plus demandé : { $field }
wiz-switch-title = Passer aux règles { $edition } ?
wiz-answer-switch = changer
wiz-answer-keep-rules = garder les règles actuelles
wiz-restored = { $name } rétabli
wiz-import-undone = { $count ->
    [one] Import annulé : { $count } contact rétabli
   *[other] Import annulé : { $count } contacts rétablis
}
wiz-nothing-to-undo = Rien à annuler
wiz-copy-in-title = Copier dans le dossier du brouillon ?
wiz-copy-in-outside = Le fichier est hors du dossier du brouillon : une copie du brouillon ailleurs (un clone git) ne le trouvera pas.
wiz-copy-in-ask = Le copier dans { $folder } et utiliser la copie ?
wiz-answer-copy-in = le copier
wiz-answer-leave-it = le laisser où il est
wiz-created-draft = Brouillon { $name } créé dans { $dir }
wiz-draft-exists-title = Un brouillon porte déjà ce nom
wiz-draft-exists = Il existe déjà un brouillon nommé { $name }.
wiz-answer-open-it = l'ouvrir
wiz-answer-create = créer { $name }
wiz-answer-cancel = annuler
wiz-type-offer-name = tapez le nom de l'offre
wiz-type-new-name = tapez le nouveau nom
wiz-renamed = { $name } renommé en { $new }
wiz-replace-file-title = Remplacer le fichier ?
wiz-replace-file = { $path } existe. Le remplacer ?
wiz-answer-replace = remplacer
wiz-kit-writer-stopped = l'écriture du kit s'est arrêtée
wiz-writing-kit = Écriture du kit dans { $dir }
wiz-import-not-a-csv = { $path } est { $kind }, pas un fichier CSV
wiz-wrote-contacts = { $count ->
    [one] { $count } contact écrit dans { $path }
   *[other] { $count } contacts écrits dans { $path }
}
wiz-exported = Exporté ({ $status }) vers { $path }
wiz-import-stopped = l'import s'est arrêté
wiz-importing = Import de { $path }
wiz-import-refused-problems = { $count ->
    [one] { $count } problème ; rien n'a été importé, vos contacts sont inchangés :
   *[other] { $count } problèmes ; rien n'a été importé, vos contacts sont inchangés :
}
wiz-and-more = … et { $count } de plus
wiz-import-refused = Import refusé
wiz-replace-contacts-title = Remplacer les contacts ?
wiz-answer-replace-contacts = remplacer tous les contacts
wiz-answer-keep-contacts = garder les contacts actuels
wiz-count-documents = { $count ->
    [one] { $count } document
   *[other] { $count } documents
}
wiz-count-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
wiz-wrote-kit = Kit écrit : { $place } ({ $documents }, { $contacts } ; CHECKLIST.md à côté)
wiz-kit-not-written = Kit non écrit
wiz-saved-yours-kept = Votre version est enregistrée ; l'autre est gardée sous { $name }
wiz-saved-yours-removed = Votre version est enregistrée (l'autre programme avait supprimé le fichier)
wiz-reloaded-nothing-differed = rien de votre version ne différait
wiz-reloaded-dropped = vos modifications de { $fields } sont perdues
wiz-reloaded-theirs = Autre version rechargée : { $what }
wiz-cannot-reload = Impossible de recharger l'autre version : { $error }
wiz-compare-same = Les deux versions contiennent les mêmes valeurs.
wiz-compare-differs = Là où votre version diffère du fichier sur le disque :
wiz-compare-unreadable = Impossible de lire l'autre version : { $error }
wiz-compare-title = Votre version et l'autre
wiz-conflict-undecided = NON ENREGISTRÉ : le brouillon a changé sur le disque ; quittez ou modifiez pour choisir à nouveau
wiz-copied-in = Copié ; le brouillon utilise maintenant { $path }
wiz-not-copied = Non copié : { $error }
wiz-deleted = { $name } supprimé
wiz-removed-link = Lien { $name } retiré
wiz-removed-link-kept = Lien { $name } retiré ; sa cible { $target } est conservée
wiz-matches = Correspondances : { $values }
wiz-quit-editing-title = Quitter ?
wiz-quit-editing = La valeur en cours de saisie n'a pas encore été gardée.
wiz-answer-quit-without-it = quitter sans elle
wiz-answer-keep-editing = continuer la saisie
wiz-nothing-to-do = { $title } : rien à faire
wiz-fix-first = Corrigez d'abord ceci (revenir en arrière est toujours permis) : { $error }
wiz-deleted-undo = { $name } supprimé (u annule)
wiz-imported = { $count ->
    [one] { $count } contact importé (u annule)
   *[other] { $count } contacts importés (u annule)
}
wiz-now-uses-rules = Le brouillon suit maintenant les règles { $edition }
wiz-saved = Enregistré
wiz-no-raw-mode = impossible de passer le terminal en mode brut
wiz-cannot-open = impossible d'ouvrir { $path }
wiz-step-of = étape { $number } sur { $count }
wiz-title-rules = règles { $edition }
wiz-title-not-saved = NON ENREGISTRÉ
wiz-title-saving = enregistrement…
wiz-title-saved-at = enregistré { $time }
wiz-title-saved = enregistré
wiz-too-small = Agrandissez le terminal à au moins { $size } (actuellement { $now }). q quitte ; votre brouillon est enregistré.
wiz-too-small-short = Agrandir à { $size } (actuellement { $now }) ; q quitte
wiz-too-small-shorter = Il faut { $size } ; q quitte
wiz-did-you-mean = { $reason } ; pour { $code }, vouliez-vous dire { $suggestion } ({ $name }) ?
wiz-not-in-catalogue = { $value } (absent du catalogue)
wiz-country-not-iso-did-you-mean = { $code }  (pas un code ISO ; vouliez-vous dire { $suggestion }, { $name } ?)
wiz-country-not-iso = { $code }  (pas un code pays ISO)
wiz-country-global = { $code }  Tous les pays (contact mondial)
wiz-country-not-in-partner-center = {"  "}(absent de la liste de l'Espace partenaires)
wiz-countries-title = Pays
wiz-countries-help = Tapez pour chercher par nom ou code ; Espace coche.
wiz-edition-for-new = Avec quelles règles de co-vente vérifier { $name } ? { $edition } est { $summary }.
wiz-edition-for-draft = Avec quelles règles de co-vente vérifier ce brouillon ?
wiz-edition-title = Édition des règles
wiz-new-draft-title = Nouveau brouillon
wiz-new-draft-help = Le nom de l'offre, comme dans l'Espace partenaires. Ensuite, vous choisissez l'édition des règles.
wiz-rename-title = Renommer le brouillon
wiz-rename-help = Un nouveau nom pour { $name } (le fichier est renommé).
wiz-import-title = Importer des contacts
wiz-import-help = Le CSV de contacts de l'Espace partenaires à importer. Il remplace tous les contacts ; vous voyez d'abord ce qui change.
wiz-export-csv-title = Exporter les contacts
wiz-export-csv-help = Écrire les contacts en CSV pour l'Espace partenaires (UTF-8 avec BOM, s'ouvre dans Excel) dans :
wiz-export-json-title = Exporter la soumission
wiz-export-json-help = Écrire le JSON de la soumission avec son bloc d'état { $edition } dans :
wiz-kit-title = Kit pour l'Espace partenaires
wiz-kit-help = Un nouveau dossier avec l'export, contacts.csv, les documents numérotés dans l'ordre de l'Espace partenaires et CHECKLIST.md, les étapes dans le navigateur :
wiz-working = En cours… (Ctrl-C quitte)
wiz-help-title = Touches
wiz-help-marks = Signes : ✓ remplie/valide/fait  ✗ non remplie/invalide  — sans objet  • en cours  ○ pas commencé  * obligatoire
wiz-help-mouse = Souris : cliquez sur une étape, un champ, une ligne ou une réponse ; la molette fait défiler.
wiz-progress-read = { $percent } lu
wiz-ctrl-c-quits = Ctrl-C quitte
wiz-choice-ticked = { $title } ({ $count ->
        [one] { $count } coché
       *[other] { $count } cochés
    })
wiz-choice-search = Recherche : { $search }▏  { $shown } sur { $count }
wiz-choice-no-match = Aucun résultat ; Retour arrière élargit la recherche.
wiz-contact-edit-title = Modifier le contact
wiz-contact-new-title = Nouveau contact
wiz-pick-from-list = choisir dans la liste
wiz-files-title = Choisir un fichier
wiz-files-filter = Filtre : { $filter }▏
wiz-start-intro = Co-vente avec Microsoft : saisissez les informations, voyez l'état obtenu.
wiz-start-resume = Reprenez un brouillon ou créez-en un. Chaque modification est enregistrée.
wiz-start-drafts = Brouillons
wiz-start-unreadable = illisible : { $error }
wiz-start-new-rules = Nouveaux brouillons : règles
wiz-start-todays = (l'Espace partenaires actuel)
wiz-start-folder = Dossier des brouillons : { $dir }
wiz-markets-choose = (choisissez les pays)
wiz-map-needs = La carte demande { $size } ou plus ; { $key } la masque.
wiz-markets-help = Entrée choisit les pays ; chacun demande un contact commercial (ou un contact OOO).
wiz-coverage-title = { $count ->
    [one] Couverture : { $covered } sur { $count } marché
   *[other] Couverture : { $covered } sur { $count } marchés
}
wiz-coverage-as-list = { $key } liste
wiz-coverage-on-map = { $key } carte
wiz-not-a-country-code = (pas un code pays)
wiz-no-sales-contact = aucun contact commercial
wiz-coverage-more = { $count } de plus ([ ] ou la molette font défiler)
wiz-coverage-above = { $count } au-dessus
wiz-coverage-above-more = { $above } au-dessus, { $count } de plus
wiz-no-markets = Aucun marché : choisissez les pays ci-dessus.
wiz-contacts-filtered = Contacts : { $shown } sur { $count } correspondent à { $filter }
wiz-contacts-title = Contacts ({ $count })
wiz-col-name = Nom
wiz-col-email = E-mail
wiz-col-job-title = Fonction
wiz-col-role = Rôle
wiz-col-countries = Pays
wiz-col-states = États
wiz-no-contacts = Aucun contact : { $add } en ajoute un, { $import } importe un CSV de l'Espace partenaires.
wiz-contacts-filter = Filtre : { $filter }▏  Entrée le garde, Échap l'efface
wiz-contacts-filter-help = / modifie le filtre ; Échap dedans l'efface
wiz-diagram-guidance = Montrez l'infrastructure sur laquelle repose l'offre : les services cloud qui l'hébergent ou dialoguent avec elle, les services de données, la sécurité et l'identité, les interfaces utilisateur, les connexions hybrides. Il montre quels services Microsoft sont utilisés, pas la qualité de l'architecture. N'importe quel outil de dessin ; téléversez un PDF ou une image.
wiz-preview-failed-check = pas d'aperçu : le fichier n'a pas passé la vérification
wiz-preview-pdf = PDF, { $size } : les pages ne sont pas dessinées ici ; ouvrez-le pour vérifier
wiz-preview-no-type = pas d'aperçu pour ce type de fichier
wiz-preview-decoding = décodage…
wiz-preview-reader-stopped = la lecture de l'image s'est arrêtée
wiz-preview-pixels = { $size } pixels
wiz-preview-cannot-show = impossible d'afficher l'image
wiz-preview-cannot-show-why = impossible d'afficher l'image : { $error }
wiz-preview-title = Aperçu { $info }
wiz-no-diagram = Aucun diagramme choisi.
wiz-checking = vérification…
wiz-not-needed = pas nécessaire
wiz-empty-choose = (choisir)
wiz-empty-yes-no = (oui/non)
wiz-not-needed-why = Pas nécessaire : { $why }.
wiz-thresholds = Seuils ({ $status })
wiz-json-preview-stopped = (l'aperçu JSON s'est arrêté ; réaffichez-le pour réessayer)
wiz-json-export-time = (l'heure de l'export)
wiz-json-preparing = (préparation de l'aperçu JSON…)
wiz-json-more-lines = … { $count } lignes de plus : exportez le JSON ({ $key }) pour lire tout le fichier
wiz-benefits-none = Avantages : aucun pour l'instant
wiz-benefits = Avantages : { $benefits }
wiz-step-complete = complet
wiz-step-invalid = valeur invalide
wiz-step-missing = il manque quelque chose
wiz-step-not-started = pas commencé
wiz-offer-live = en ligne
wiz-offer-not-live = pas en ligne
wiz-review-contacts = { $contacts } pour { $markets }, { $count } sans contact commercial
wiz-nothing-missing = Rien ne manque pour les échelons que cette offre peut atteindre.
wiz-what-is-missing = Ce qui manque
wiz-more-invalid = … et { $count } valeurs invalides de plus
wiz-note = Remarque : { $note }
wiz-review-export = Exporter le JSON
wiz-review-export-blocked = Exporter (corrigez les ✗)
wiz-review-kit = Kit
wiz-review-summary = Résumé
wiz-review-exact-json = JSON exact
wiz-map-covered = couverts
wiz-map-uncovered = non couverts

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
lang-unknown = cosell : { $variable }={ $value } n’est pas une langue que cosell parle ({ $codes }) ; cosell utilise l’anglais

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

