<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CompareWords</name>
    <message>
        <location filename="../src/widgets/compare/CompareLabels.cpp" line="33"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/CompareLabels.cpp" line="33"/>
        <source>Input · %1</source>
        <translation>Entrée · %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/CompareLabels.cpp" line="84"/>
        <source>Same settings</source>
        <translation>Mêmes réglages</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="6"/>
        <source>Fitting Room</source>
        <translation>Fitting Room</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="24"/>
        <source>Add an API key…</source>
        <translation>Ajouter une clé API…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="68"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="77"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="82"/>
        <source>&amp;Job</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="87"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="95"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="106"/>
        <source>&amp;Open Product Image…</source>
        <translation>&amp;Ouvrir une image du produit…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="107"/>
        <source>Show &amp;Library Folder</source>
        <translation>Afficher le dossier de la &amp;bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="108"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="109"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="110"/>
        <source>&amp;Paste into Slot</source>
        <translation>&amp;Coller dans l’emplacement</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="111"/>
        <source>&amp;Reset Parameters to Defaults</source>
        <translation>&amp;Rétablir les paramètres par défaut</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="112"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="113"/>
        <source>&amp;Refresh Credit Balance</source>
        <translation>&amp;Actualiser le solde de crédits</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="114"/>
        <source>&amp;Gallery</source>
        <translation>&amp;Galerie</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="115"/>
        <source>&amp;Viewer</source>
        <translation>&amp;Visionneuse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparaison</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="117"/>
        <source>Compare &amp;Selected Results</source>
        <translation>Comparer les résultats &amp;sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="118"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="119"/>
        <source>&amp;About Fitting Room</source>
        <translation>À &amp;propos de Fitting Room</translation>
    </message>
</context>
<context>
    <name>ProvenanceWords</name>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="53"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="53"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="70"/>
        <source>no prompt</source>
        <translation>sans prompt</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="74"/>
        <source>%1 default</source>
        <translation>%1 par défaut</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="82"/>
        <source>1 image</source>
        <translation>1 image</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="83"/>
        <source>%1 images</source>
        <translation>%1 images</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="108"/>
        <source>unknown model</source>
        <translation>modèle inconnu</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="116"/>
        <source>seed %1</source>
        <translation>graine %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="119"/>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="162"/>
        <source>random seed</source>
        <translation>graine aléatoire</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="151"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="160"/>
        <source>no %1</source>
        <translation>sans %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="12"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="15"/>
        <source>&amp;Backend:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="16"/>
        <source>Backend</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="17"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="20"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="21"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="21"/>
        <source>Ask FASHN for the account&apos;s credits with this key</source>
        <translation>Demander à FASHN les crédits du compte avec cette clé</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="26"/>
        <source>&amp;Remove the stored key</source>
        <translation>&amp;Retirer la clé enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="31"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="34"/>
        <source>Library &amp;folder:</source>
        <translation>&amp;Dossier de la bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="37"/>
        <source>Library folder</source>
        <translation>Dossier de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="38"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="41"/>
        <source>File &amp;names:</source>
        <translation>&amp;Noms de fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="42"/>
        <source>File-name template</source>
        <translation>Modèle de nom de fichier</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="44"/>
        <source>Default &amp;output format:</source>
        <translation>&amp;Format de sortie par défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="45"/>
        <source>Default output format</source>
        <translation>Format de sortie par défaut</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="46"/>
        <source>&amp;Confirm above:</source>
        <translation>&amp;Confirmer au-delà de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="47"/>
        <source>Confirmation threshold in credits</source>
        <translation>Seuil de confirmation en crédits</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="48"/>
        <source>&amp;Daily cap:</source>
        <translation>Plafond &amp;quotidien&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="49"/>
        <source>Daily spending cap in credits</source>
        <translation>Plafond de dépenses quotidien en crédits</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="49"/>
        <source>Nothing is sent once the credits of the jobs FASHN accepted today would pass this. The command-line tool keeps the same cap.</source>
        <translation>Plus rien n’est envoyé dès que les crédits des tâches acceptées aujourd’hui par FASHN dépasseraient ce plafond. L’outil en ligne de commande respecte le même plafond.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="50"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="51"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="55"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="58"/>
        <source>API &amp;base URL:</source>
        <translation>URL de &amp;base de l’API&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="59"/>
        <source>API base URL</source>
        <translation>URL de base de l’API</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="61"/>
        <source>Jobs at &amp;once:</source>
        <translation>Tâches &amp;simultanées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="62"/>
        <source>Jobs in flight at once</source>
        <translation>Tâches en cours simultanément</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="63"/>
        <source>&amp;Submissions:</source>
        <translation>&amp;Envois&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="66"/>
        <source>Submissions per window</source>
        <translation>Envois par fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="67"/>
        <location filename="../ui/SettingsDialog.ui" line="76"/>
        <location filename="../ui/SettingsDialog.ui" line="85"/>
        <source>per</source>
        <translation>par</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="68"/>
        <source>Submission window in seconds</source>
        <translation>Fenêtre des envois en secondes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="68"/>
        <location filename="../ui/SettingsDialog.ui" line="77"/>
        <location filename="../ui/SettingsDialog.ui" line="86"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="72"/>
        <source>S&amp;tatus checks:</source>
        <translation>Requêtes d’é&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="75"/>
        <source>Status checks per window</source>
        <translation>Requêtes d’état par fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="77"/>
        <source>Status window in seconds</source>
        <translation>Fenêtre des requêtes d’état en secondes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="81"/>
        <source>C&amp;redit checks:</source>
        <translation>Requêtes de c&amp;rédits&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="84"/>
        <source>Credit checks per window</source>
        <translation>Requêtes de crédits par fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="86"/>
        <source>Credit-check window in seconds</source>
        <translation>Fenêtre des requêtes de crédits en secondes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="91"/>
        <source>Restore FASHN&apos;s &amp;defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut de FASHN</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="27"/>
        <source>%1 (FASHN said: %2)</source>
        <translation>%1 (réponse de FASHN&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="45"/>
        <source>FASHN rejected the request as invalid.</source>
        <translation>FASHN a rejeté la requête comme non valide.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="47"/>
        <source>FASHN did not accept the API key.</source>
        <translation>FASHN n’a pas accepté la clé API.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="49"/>
        <source>FASHN does not know this prediction; it may have been deleted after 72 hours.</source>
        <translation>FASHN ne connaît pas cette prédiction&#xa0;; elle a peut-être été supprimée après 72 heures.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="52"/>
        <source>FASHN&apos;s rate limit was reached and the retries did not get through.</source>
        <translation>La limite de débit de FASHN a été atteinte et les nouvelles tentatives n’ont pas abouti.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="54"/>
        <source>Too many predictions are running on this FASHN account at once.</source>
        <translation>Trop de prédictions sont en cours en même temps sur ce compte FASHN.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="56"/>
        <source>The FASHN account has no credits left.</source>
        <translation>Le compte FASHN n’a plus de crédits.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="58"/>
        <source>The FASHN server had an internal error (HTTP %1).</source>
        <translation>Le serveur FASHN a rencontré une erreur interne (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="60"/>
        <source>The FASHN server had an internal error.</source>
        <translation>Le serveur FASHN a rencontré une erreur interne.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="62"/>
        <source>Could not reach the FASHN server.</source>
        <translation>Impossible de joindre le serveur FASHN.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="64"/>
        <source>The FASHN server did not answer in time.</source>
        <translation>Le serveur FASHN n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="66"/>
        <source>FASHN may have received the request and charged for it (the connection broke, or something other than FASHN answered); it was not sent again.</source>
        <translation>FASHN a peut-être reçu la requête et l’a facturée (la connexion a été coupée, ou ce n’est pas FASHN qui a répondu)&#xa0;; elle n’a pas été renvoyée.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="70"/>
        <source>The FASHN server sent a reply that could not be understood.</source>
        <translation>Le serveur FASHN a envoyé une réponse incompréhensible.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="72"/>
        <source>The API address must use https (plain http only for this computer); nothing was sent.</source>
        <translation>L’adresse de l’API doit utiliser https (http simple uniquement pour cet ordinateur)&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="75"/>
        <source>No FASHN API key is set.</source>
        <translation>Aucune clé API FASHN n’est définie.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="77"/>
        <source>The result is no longer available: FASHN deletes outputs after 72 hours, and inline (base64) outputs after 60 minutes.</source>
        <translation>Le résultat n’est plus disponible&#xa0;: FASHN supprime les sorties après 72 heures, et les sorties intégrées (base64) après 60 minutes.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="80"/>
        <source>The downloaded output is not an image.</source>
        <translation>La sortie téléchargée n’est pas une image.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="88"/>
        <source>FASHN could not load or decode an input image.</source>
        <translation>FASHN n’a pas pu charger ou décoder une image d’entrée.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="90"/>
        <source>The inputs were blocked by content moderation.</source>
        <translation>Les entrées ont été bloquées par la modération de contenu.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="92"/>
        <source>The inputs are not valid for this model.</source>
        <translation>Les entrées ne sont pas valides pour ce modèle.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="94"/>
        <source>No body pose could be found in the model image.</source>
        <translation>Aucune pose n’a été détectée sur la photo du mannequin.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="96"/>
        <source>The inputs were flagged as explicit content.</source>
        <translation>Les entrées ont été signalées comme contenu explicite.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="98"/>
        <source>The garment photo type could not be handled.</source>
        <translation>Le type de photo du vêtement n’a pas pu être traité.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="100"/>
        <source>A service FASHN depends on failed.</source>
        <translation>Un service dont dépend FASHN est en panne.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="102"/>
        <source>FASHN is overloaded right now.</source>
        <translation>FASHN est surchargé en ce moment.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="104"/>
        <source>FASHN&apos;s processing pipeline failed.</source>
        <translation>La chaîne de traitement de FASHN a échoué.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="106"/>
        <source>FASHN had an internal error while processing.</source>
        <translation>FASHN a rencontré une erreur interne pendant le traitement.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="108"/>
        <source>FASHN could not load a model component for this request.</source>
        <translation>FASHN n’a pas pu charger un composant du modèle pour cette requête.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="110"/>
        <source>The prediction did not finish before the app stopped waiting.</source>
        <translation>La prédiction ne s’est pas terminée avant que l’application cesse d’attendre.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="112"/>
        <source>The prediction failed without a reason from FASHN.</source>
        <translation>La prédiction a échoué sans raison donnée par FASHN.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="113"/>
        <source>The prediction failed with the error %1.</source>
        <translation>La prédiction a échoué avec l’erreur %1.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="128"/>
        <source>Preparing images</source>
        <translation>Préparation des images</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="130"/>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="132"/>
        <source>Submitting</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="134"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="136"/>
        <source>Saving results</source>
        <translation>Enregistrement des résultats</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="138"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="140"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="142"/>
        <source>Uncertain</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="144"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="146"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="148"/>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="158"/>
        <source>In queue at FASHN</source>
        <translation>En file d’attente chez FASHN</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="160"/>
        <source>Processing</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="161"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="171"/>
        <source>Dropped: resume leaves it alone; files saved for it are kept.</source>
        <translation>Abandonnée&#xa0;: resume n’y touche plus&#xa0;; les fichiers enregistrés pour elle sont conservés.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="173"/>
        <source>Resubmitted as job %1.</source>
        <translation>Renvoyée en tant que tâche %1.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="175"/>
        <source>Cancelled before it was sent; no credits were spent.</source>
        <translation>Annulée avant l’envoi&#xa0;; aucun crédit n’a été dépensé.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="176"/>
        <source>Stopped following prediction %1; FASHN has no cancel endpoint, so it may still finish and be charged.</source>
        <translation>Suivi de la prédiction %1 arrêté&#xa0;; FASHN ne permet pas d’annuler, elle peut donc encore se terminer et être facturée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/text/Wording.cpp" line="184"/>
        <source>%n output(s) saved; the others could not be: %1</source>
        <translation>
            <numerusform>%n sortie enregistrée&#xa0;; les autres n’ont pas pu l’être&#xa0;: %1</numerusform>
            <numerusform>%n sorties enregistrées&#xa0;; les autres n’ont pas pu l’être&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="187"/>
        <source>Saved, with problems: %1</source>
        <translation>Enregistré, avec des problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="190"/>
        <source>FASHN accepted this job as prediction %1 and may charge for it, but its status could not be read: %2</source>
        <translation>FASHN a accepté cette tâche comme prédiction %1 et peut la facturer, mais son état n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="197"/>
        <source>The model %1 is no longer in the catalog.</source>
        <translation>Le modèle %1 ne figure plus dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="198"/>
        <source>%1: %2 Nothing was sent and no credits were spent.</source>
        <translation>%1&#xa0;: %2 Rien n’a été envoyé et aucun crédit n’a été dépensé.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="202"/>
        <source>The output folder cannot be written (%1), so nothing was sent; no credits were spent.</source>
        <translation>Le dossier de sortie n’est pas accessible en écriture (%1), rien n’a donc été envoyé&#xa0;; aucun crédit n’a été dépensé.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="206"/>
        <source>The job journal could not record this job (%1), so it was not sent; no credits were spent.</source>
        <translation>Le journal des tâches n’a pas pu enregistrer cette tâche (%1), elle n’a donc pas été envoyée&#xa0;; aucun crédit n’a été dépensé.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="211"/>
        <source>FASHN ended the prediction as %1.</source>
        <translation>FASHN a terminé la prédiction avec le statut %1.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="214"/>
        <source>Failed predictions cost nothing.</source>
        <translation>Les prédictions échouées ne coûtent rien.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="218"/>
        <source>The app stopped while this job was being sent; FASHN may have received it and charged for it.</source>
        <translation>L’application s’est arrêtée pendant l’envoi de cette tâche&#xa0;; FASHN l’a peut-être reçue et facturée.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="221"/>
        <source>FASHN completed prediction %1 and charged for it, but its outputs could not be saved: %2</source>
        <translation>FASHN a terminé la prédiction %1 et l’a facturée, mais ses sorties n’ont pas pu être enregistrées&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="225"/>
        <source>FASHN reported the prediction completed but listed no outputs.</source>
        <translation>FASHN a signalé la prédiction comme terminée, mais sans aucune sortie.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="229"/>
        <source>No credits were spent on this job.</source>
        <translation>Aucun crédit n’a été dépensé pour cette tâche.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="231"/>
        <source>The job waits for one of them to finish.</source>
        <translation>La tâche attend que l’une d’elles se termine.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="240"/>
        <source>Check your FASHN history before submitting again: a resubmission is a new charge.</source>
        <translation>Vérifiez votre historique FASHN avant de renvoyer&#xa0;: chaque nouvel envoi est facturé.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="243"/>
        <source>FASHN no longer keeps these outputs. Generate again (a new charge).</source>
        <translation>FASHN ne conserve plus ces sorties. Générez à nouveau (nouvelle facturation).</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="245"/>
        <source>Resume it to fetch the outputs once the cause is fixed (the key, the network): Resume in the Jobs panel, or fittingroom-cli resume. Submitting it again would be a new charge.</source>
        <translation>Reprenez-la pour récupérer les sorties une fois la cause corrigée (la clé, le réseau)&#xa0;: «&#xa0;Reprendre&#xa0;» dans le panneau des tâches, ou fittingroom-cli resume. La renvoyer serait une nouvelle facturation.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="250"/>
        <source>Free disk space or check the library folder; the saved outputs are kept.</source>
        <translation>Libérez de l’espace disque ou vérifiez le dossier de la bibliothèque&#xa0;; les sorties enregistrées sont conservées.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="258"/>
        <source>Free disk space, or move the journal file aside, then generate again.</source>
        <translation>Libérez de l’espace disque ou déplacez le fichier journal, puis générez de nouveau.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="261"/>
        <source>Free disk space or choose another output folder. FASHN keeps the outputs for 72 hours; the prediction id finds them.</source>
        <translation>Libérez de l’espace disque ou choisissez un autre dossier de sortie. FASHN conserve les sorties pendant 72 heures&#xa0;; l’identifiant de prédiction permet de les retrouver.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="263"/>
        <source>Generating again is a new charge; FASHN support can look into the prediction id.</source>
        <translation>Générer de nouveau est une nouvelle facturation&#xa0;; le support FASHN peut examiner l’identifiant de prédiction.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="266"/>
        <source>Choose another output folder (Settings, or --out), or free disk space.</source>
        <translation>Choisissez un autre dossier de sortie (Paramètres, ou --out), ou libérez de l’espace disque.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="270"/>
        <source>Choose another model.</source>
        <translation>Choisissez un autre modèle.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="271"/>
        <source>Fix or replace the input image, then generate again.</source>
        <translation>Corrigez ou remplacez l’image d’entrée, puis générez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="275"/>
        <source>Try another photo or different parameters. Failed predictions cost nothing.</source>
        <translation>Essayez une autre photo ou d’autres paramètres. Les prédictions échouées ne coûtent rien.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="278"/>
        <source>Try again in a little while (a new charge only if it succeeds).</source>
        <translation>Réessayez dans un moment (facturé seulement en cas de succès).</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="279"/>
        <source>Try again; if it keeps failing, contact FASHN support with the prediction id.</source>
        <translation>Réessayez&#xa0;; si l’échec persiste, contactez l’assistance FASHN avec l’identifiant de la prédiction.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="284"/>
        <source>Buy credits at fashn.ai, then retry.</source>
        <translation>Achetez des crédits sur fashn.ai, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="287"/>
        <source>Check the API key in Settings.</source>
        <translation>Vérifiez la clé API dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="289"/>
        <source>Check the parameters and images, then generate again.</source>
        <translation>Vérifiez les paramètres et les images, puis générez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="291"/>
        <source>Check the API address in Settings.</source>
        <translation>Vérifiez l’adresse de l’API dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="294"/>
        <source>Check the network connection and retry; a job FASHN never accepted was not charged.</source>
        <translation>Vérifiez la connexion réseau et réessayez&#xa0;; une tâche que FASHN n’a jamais acceptée n’a pas été facturée.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="299"/>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="302"/>
        <source>Generate again (a new charge).</source>
        <translation>Générez à nouveau (nouvelle facturation).</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="304"/>
        <source>Retry, or check the details with the prediction id.</source>
        <translation>Réessayez, ou vérifiez les détails avec l’identifiant de la prédiction.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="311"/>
        <source>Job %1 is being handled by another Fitting Room process (pid %2 on %3); skipped.</source>
        <translation>La tâche %1 est traitée par un autre processus Fitting Room (pid %2 sur %3)&#xa0;; ignorée.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="316"/>
        <source>Job %1 is being handled by another Fitting Room process (pid %2); skipped.</source>
        <translation>La tâche %1 est traitée par un autre processus Fitting Room (pid %2)&#xa0;; ignorée.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="328"/>
        <source>FASHN&apos;s rate limit was reached.</source>
        <translation>La limite de débit de FASHN a été atteinte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/text/Wording.cpp" line="335"/>
        <source>Prediction %1: %2 Asking again in %n s.</source>
        <translation>
            <numerusform>Prédiction %1&#xa0;: %2 Nouvelle demande dans %n s.</numerusform>
            <numerusform>Prédiction %1&#xa0;: %2 Nouvelle demande dans %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/text/Wording.cpp" line="346"/>
        <source>Submitting: %1 Trying again in %n s (FASHN created nothing).</source>
        <translation>
            <numerusform>Envoi&#xa0;: %1 Nouvel essai dans %n s (FASHN n’a rien créé).</numerusform>
            <numerusform>Envoi&#xa0;: %1 Nouvel essai dans %n s (FASHN n’a rien créé).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/text/Wording.cpp" line="350"/>
        <source>Credits: %1 Asking again in %n s.</source>
        <translation>
            <numerusform>Crédits&#xa0;: %1 Nouvelle demande dans %n s.</numerusform>
            <numerusform>Crédits&#xa0;: %1 Nouvelle demande dans %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/text/Wording.cpp" line="352"/>
        <source>Download: %1 Trying again in %n s.</source>
        <translation>
            <numerusform>Téléchargement&#xa0;: %1 Nouvel essai dans %n s.</numerusform>
            <numerusform>Téléchargement&#xa0;: %1 Nouvel essai dans %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/text/Wording.cpp" line="356"/>
        <source>Status: %1 Asking again in %n s.</source>
        <translation>
            <numerusform>État&#xa0;: %1 Nouvelle demande dans %n s.</numerusform>
            <numerusform>État&#xa0;: %1 Nouvelle demande dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="379"/>
        <source>%1 is not a parameter of %2.</source>
        <translation>%1 n’est pas un paramètre de %2.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="381"/>
        <source>%1 is required by %2.</source>
        <translation>%1 est requis par %2.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="383"/>
        <source>%1 must be one of %2.</source>
        <translation>%1 doit être l’une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="385"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="387"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="389"/>
        <source>%1 cannot be combined with %2.</source>
        <translation>%1 ne peut pas être combiné avec %2.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="392"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="394"/>
        <source>%1 must be true or false.</source>
        <translation>%1 doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="396"/>
        <source>%1 must be an image: a file, an http(s) URL or a data URI.</source>
        <translation>%1 doit être une image&#xa0;: un fichier, une URL http(s) ou une URI data.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="397"/>
        <source>%1 must be text.</source>
        <translation>%1 doit être du texte.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="400"/>
        <source>%1: a saved model (saved:NAME) is not accepted here, or the name is empty.</source>
        <translation>%1&#xa0;: un mannequin enregistré (saved:NAME) n’est pas accepté ici, ou le nom est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="404"/>
        <source>%1 is not an image FASHN can read: give a file, an http(s) URL or a data URI.</source>
        <translation>%1 n’est pas une image lisible par FASHN&#xa0;: indiquez un fichier, une URL http(s) ou une URI data.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="425"/>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="427"/>
        <source>%1 cannot be read (permissions or a disk error).</source>
        <translation>%1 ne peut pas être lu (droits d’accès ou erreur de disque).</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="429"/>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="431"/>
        <source>%1 is too large to be an input image.</source>
        <translation>%1 est trop volumineux pour une image d’entrée.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="433"/>
        <source>%1 is not an image.</source>
        <translation>%1 n’est pas une image.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="435"/>
        <source>%1 is cut short: the file ends before the image does.</source>
        <translation>%1 est tronqué&#xa0;: le fichier se termine avant l’image.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="437"/>
        <source>%1 declares far more pixels than any photo (a decompression bomb).</source>
        <translation>%1 déclare bien plus de pixels qu’aucune photo (une bombe de décompression).</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="440"/>
        <source>%1 could not be decoded.</source>
        <translation>%1 n’a pas pu être décodé.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="442"/>
        <source>%1 is not a regular file (a device, pipe or socket); only image files are read.</source>
        <translation>%1 n’est pas un fichier ordinaire (un périphérique, un tube ou un socket)&#xa0;; seuls les fichiers image sont lus.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="478"/>
        <source>The batch file cannot be read: %1</source>
        <translation>Impossible de lire le fichier de lot&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="482"/>
        <source>The batch file is %1, more than the %2 a batch file may have.</source>
        <translation>Le fichier de lot fait %1, au-delà des %2 autorisés pour un fichier de lot.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="486"/>
        <source>The batch expands to %1 jobs, more than the %2 one batch may run; split it into several files.</source>
        <translation>Le lot produit %1 tâches, plus que les %2 qu’un lot peut exécuter&#xa0;; répartissez-le sur plusieurs fichiers.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="492"/>
        <source>The batch file holds no job.</source>
        <translation>Le fichier de lot ne contient aucune tâche.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="495"/>
        <source>this is not valid JSON (%1).</source>
        <translation>ce n’est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="498"/>
        <source>a job is a JSON object: {&quot;model&quot;: ..., &quot;params&quot;: {...}}.</source>
        <translation>une tâche est un objet JSON&#xa0;: {&quot;model&quot;: ..., &quot;params&quot;: {...}}.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="501"/>
        <source>&quot;%1&quot; is not part of a job; a job has &quot;model&quot; and &quot;params&quot;.</source>
        <translation>&quot;%1&quot; ne fait pas partie d’une tâche&#xa0;; une tâche comporte &quot;model&quot; et &quot;params&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="505"/>
        <source>&quot;params&quot; must be an object of parameter names and values.</source>
        <translation>&quot;params&quot; doit être un objet associant des noms de paramètres à des valeurs.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="508"/>
        <source>no model is named (a &quot;model&quot; is needed on every job).</source>
        <translation>aucun modèle n’est indiqué (chaque tâche requiert un &quot;model&quot;).</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="512"/>
        <source>there is no model &quot;%1&quot; (see fittingroom-cli models).</source>
        <translation>le modèle «&#xa0;%1&#xa0;» n’existe pas (voir fittingroom-cli models).</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="515"/>
        <source>the column %1 is given twice.</source>
        <translation>la colonne %1 apparaît deux fois.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="518"/>
        <source>column %1 has no name.</source>
        <translation>la colonne %1 n’a pas de nom.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="521"/>
        <source>the row has %1 fields but the header only %2 columns.</source>
        <translation>la ligne compte %1 champs, mais l’en-tête seulement %2 colonnes.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="526"/>
        <source>a quoted field is never closed.</source>
        <translation>un champ entre guillemets n’est jamais fermé.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="529"/>
        <source>text follows a closing quote; write a quote inside a quoted field as &quot;&quot;.</source>
        <translation>du texte suit un guillemet fermant&#xa0;; dans un champ entre guillemets, écrivez un guillemet sous la forme &quot;&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="533"/>
        <source>the list of values of %1 is empty.</source>
        <translation>la liste de valeurs de %1 est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="536"/>
        <source>%1: the image %2 does not exist or cannot be read.</source>
        <translation>%1&#xa0;: l’image %2 n’existe pas ou est illisible.</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="546"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="547"/>
        <source>Line %1 (%2): %3</source>
        <translation>Ligne %1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="catalog-strings.cpp" line="8"/>
        <source>Product to Model</source>
        <extracomment>product-to-model: model title</extracomment>
        <translation>Produit sur mannequin</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="10"/>
        <source>Puts a product on a newly generated person, or on your own model photo (try-on mode).</source>
        <extracomment>product-to-model: model description</extracomment>
        <translation>Place un produit sur une personne générée, ou sur votre propre photo de mannequin (mode essayage).</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="12"/>
        <source>Product</source>
        <extracomment>product-to-model.product_image: label</extracomment>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="14"/>
        <source>Photo of the product to be worn: clothing, shoes, hats, jewellery, bags or accessories.</source>
        <extracomment>product-to-model.product_image: help</extracomment>
        <translation>Photo du produit à porter&#xa0;: vêtements, chaussures, chapeaux, bijoux, sacs ou accessoires.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="16"/>
        <source>Model</source>
        <extracomment>product-to-model.model_image: label</extracomment>
        <translation>Mannequin</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="18"/>
        <source>Photo of the person who should wear the product. Switches to try-on mode; cannot be combined with an inspiration, face or background image.</source>
        <extracomment>product-to-model.model_image: help</extracomment>
        <translation>Photo de la personne qui doit porter le produit. Passe en mode essayage&#xa0;; incompatible avec une image d’inspiration, de visage ou d’arrière-plan.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="20"/>
        <source>Inspiration</source>
        <extracomment>product-to-model.image_prompt: label</extracomment>
        <translation>Inspiration</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="22"/>
        <source>Inspiration image that guides pose, environment and lighting while the product stays centred.</source>
        <extracomment>product-to-model.image_prompt: help</extracomment>
        <translation>Image d’inspiration qui guide la pose, le décor et l’éclairage, le produit restant au centre.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="24"/>
        <source>Face</source>
        <extracomment>product-to-model.face_reference: label</extracomment>
        <translation>Visage</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="26"/>
        <source>Face identity reference: the generated person is refined to look like this face. Adds 3 credits per image.</source>
        <extracomment>product-to-model.face_reference: help</extracomment>
        <translation>Référence d’identité du visage&#xa0;: la personne générée est affinée pour ressembler à ce visage. Ajoute 3 crédits par image.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="28"/>
        <source>Face match</source>
        <extracomment>product-to-model.face_reference_mode: label</extracomment>
        <translation>Correspondance du visage</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="30"/>
        <source>match_reference favours the reference face&apos;s pose and expression; match_base gives more weight to the prompt.</source>
        <extracomment>product-to-model.face_reference_mode: help</extracomment>
        <translation>match_reference privilégie la pose et l’expression du visage de référence&#xa0;; match_base donne plus de poids au prompt.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="32"/>
        <source>Follow the prompt</source>
        <extracomment>product-to-model.face_reference_mode=match_base: value label</extracomment>
        <translation>Suivre le prompt</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="34"/>
        <source>Follow the reference</source>
        <extracomment>product-to-model.face_reference_mode=match_reference: value label</extracomment>
        <translation>Suivre la référence</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="36"/>
        <source>Prompt</source>
        <extracomment>product-to-model.prompt: label</extracomment>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="38"/>
        <source>Extra instructions for the person, styling or background, e.g. &quot;tucked-in&quot;, &quot;studio background&quot;.</source>
        <extracomment>product-to-model.prompt: help</extracomment>
        <translation>Instructions supplémentaires pour la personne, le stylisme ou l’arrière-plan, p. ex. «&#xa0;tucked-in&#xa0;», «&#xa0;studio background&#xa0;».</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="40"/>
        <source>Aspect ratio</source>
        <extracomment>product-to-model.aspect_ratio: label</extracomment>
        <translation>Proportions</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="42"/>
        <source>Output aspect ratio. When not set, it follows the most specific image: model, background, inspiration, then product.</source>
        <extracomment>product-to-model.aspect_ratio: help</extracomment>
        <translation>Proportions de la sortie. Si elles ne sont pas définies, elles suivent l’image la plus spécifique&#xa0;: mannequin, arrière-plan, inspiration, puis produit.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="44"/>
        <source>Resolution</source>
        <extracomment>product-to-model.resolution: label</extracomment>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="46"/>
        <source>Output resolution tier: 1k is about 1 megapixel, 2k about 4 and 4k about 16.</source>
        <extracomment>product-to-model.resolution: help</extracomment>
        <translation>Niveau de résolution de la sortie&#xa0;: 1k correspond à environ 1 mégapixel, 2k à environ 4 et 4k à environ 16.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="48"/>
        <source>1k (~1 MP)</source>
        <extracomment>product-to-model.resolution=1k: value label</extracomment>
        <translation>1k (~1 Mpx)</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="50"/>
        <source>2k (~4 MP)</source>
        <extracomment>product-to-model.resolution=2k: value label</extracomment>
        <translation>2k (~4 Mpx)</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="52"/>
        <source>4k (~16 MP)</source>
        <extracomment>product-to-model.resolution=4k: value label</extracomment>
        <translation>4k (~16 Mpx)</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="54"/>
        <source>Generation mode</source>
        <extracomment>product-to-model.generation_mode: label</extracomment>
        <translation>Mode de génération</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="56"/>
        <source>fast is cheapest and quickest, quality the most detailed. When not set, FASHN chooses automatically.</source>
        <extracomment>product-to-model.generation_mode: help</extracomment>
        <translation>fast est le moins cher et le plus rapide, quality le plus détaillé. S’il n’est pas défini, FASHN choisit automatiquement.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="58"/>
        <source>Background</source>
        <extracomment>product-to-model.background_reference: label</extracomment>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="60"/>
        <source>Backdrop for the generation; people in it are ignored.</source>
        <extracomment>product-to-model.background_reference: help</extracomment>
        <translation>Décor pour la génération&#xa0;; les personnes qui y figurent sont ignorées.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="62"/>
        <source>Seed</source>
        <extracomment>product-to-model.seed: label</extracomment>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="64"/>
        <source>Same seed and inputs reproduce a result; another seed gives a different one.</source>
        <extracomment>product-to-model.seed: help</extracomment>
        <translation>La même graine (seed) avec les mêmes entrées reproduit un résultat&#xa0;; une autre graine en donne un différent.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="66"/>
        <source>Images</source>
        <extracomment>product-to-model.num_images: label</extracomment>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="68"/>
        <source>Number of images generated by one request; each one is billed.</source>
        <extracomment>product-to-model.num_images: help</extracomment>
        <translation>Nombre d’images générées par une requête&#xa0;; chacune est facturée.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="70"/>
        <source>Format</source>
        <extracomment>product-to-model.output_format: label</extracomment>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="72"/>
        <source>png keeps full quality; jpeg gives smaller files.</source>
        <extracomment>product-to-model.output_format: help</extracomment>
        <translation>png conserve la qualité maximale&#xa0;; jpeg donne des fichiers plus légers.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="74"/>
        <source>Return inline</source>
        <extracomment>product-to-model.return_base64: label</extracomment>
        <translation>Retour intégré</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="76"/>
        <source>Outputs come back inline instead of as CDN links and are not stored on FASHN&apos;s servers; they expire after 60 minutes.</source>
        <extracomment>product-to-model.return_base64: help</extracomment>
        <translation>Les sorties sont renvoyées intégrées au lieu de liens CDN et ne sont pas stockées sur les serveurs de FASHN&#xa0;; elles expirent après 60 minutes.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="78"/>
        <source>Virtual Try-On (legacy request)</source>
        <extracomment>tryon-legacy: model title</extracomment>
        <translation>Essayage virtuel (ancienne requête)</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="80"/>
        <source>The older flat try-on request that FASHN&apos;s sample apps still send.</source>
        <extracomment>tryon-legacy: model description</extracomment>
        <translation>L’ancienne requête d’essayage, à structure plate, que les applications d’exemple de FASHN envoient encore.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="82"/>
        <source>Photo of the person who tries the garment on, or saved:NAME for a model saved in FASHN Studio.</source>
        <extracomment>tryon-legacy.model_image: help</extracomment>
        <translation>Photo de la personne qui essaie le vêtement, ou saved:NAME pour un mannequin enregistré dans FASHN Studio.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="84"/>
        <source>Garment</source>
        <extracomment>tryon-legacy.garment_image: label</extracomment>
        <translation>Vêtement</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="86"/>
        <source>Reference image of the clothing item.</source>
        <extracomment>tryon-legacy.garment_image: help</extracomment>
        <translation>Image de référence du vêtement.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="88"/>
        <source>Category</source>
        <extracomment>tryon-legacy.category: label</extracomment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="90"/>
        <source>Garment type; auto detects it.</source>
        <extracomment>tryon-legacy.category: help</extracomment>
        <translation>Type de vêtement&#xa0;; auto le détecte.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="92"/>
        <source>Moderation</source>
        <extracomment>tryon-legacy.moderation_level: label</extracomment>
        <translation>Modération</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="94"/>
        <source>conservative blocks underwear, swimwear and revealing outfits; permissive blocks explicit nudity only; none disables moderation.</source>
        <extracomment>tryon-legacy.moderation_level: help</extracomment>
        <translation>conservative bloque les sous-vêtements, maillots de bain et tenues suggestives&#xa0;; permissive ne bloque que la nudité explicite&#xa0;; none désactive la modération.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="96"/>
        <source>Cover feet</source>
        <extracomment>tryon-legacy.cover_feet: label</extracomment>
        <translation>Couvrir les pieds</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="98"/>
        <source>Lets long garments cover the feet or change the shoes.</source>
        <extracomment>tryon-legacy.cover_feet: help</extracomment>
        <translation>Permet aux vêtements longs de couvrir les pieds ou de changer les chaussures.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="100"/>
        <source>Adjust hands</source>
        <extracomment>tryon-legacy.adjust_hands: label</extracomment>
        <translation>Ajuster les mains</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="102"/>
        <source>Lets the hands change: remove gloves, take hands out of pockets, sleeves over the hands.</source>
        <extracomment>tryon-legacy.adjust_hands: help</extracomment>
        <translation>Autorise la modification des mains&#xa0;: retirer des gants, sortir les mains des poches, manches par-dessus les mains.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="104"/>
        <source>Restore background</source>
        <extracomment>tryon-legacy.restore_background: label</extracomment>
        <translation>Restaurer l’arrière-plan</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="106"/>
        <source>Extra steps to keep the original background; slower, not needed for simple backgrounds.</source>
        <extracomment>tryon-legacy.restore_background: help</extracomment>
        <translation>Étapes supplémentaires pour conserver l’arrière-plan d’origine&#xa0;; plus lent, inutile pour les arrière-plans simples.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="108"/>
        <source>Restore clothes</source>
        <extracomment>tryon-legacy.restore_clothes: label</extracomment>
        <translation>Restaurer les vêtements</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="110"/>
        <source>Extra steps to keep the clothes that are not swapped, e.g. the trousers when trying on a top.</source>
        <extracomment>tryon-legacy.restore_clothes: help</extracomment>
        <translation>Étapes supplémentaires pour conserver les vêtements non remplacés, p. ex. le pantalon lors de l’essayage d’un haut.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="112"/>
        <source>Garment photo</source>
        <extracomment>tryon-legacy.garment_photo_type: label</extracomment>
        <translation>Photo du vêtement</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="114"/>
        <source>flat-lay for flat-lay or ghost mannequin photos, model for garments worn by someone.</source>
        <extracomment>tryon-legacy.garment_photo_type: help</extracomment>
        <translation>flat-lay pour les photos à plat ou sur mannequin invisible, model pour les vêtements portés par quelqu’un.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="116"/>
        <source>Long top</source>
        <extracomment>tryon-legacy.long_top: label</extracomment>
        <translation>Haut long</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="118"/>
        <source>Better results for long tops: longline shirts, tunics, coats.</source>
        <extracomment>tryon-legacy.long_top: help</extracomment>
        <translation>Meilleurs résultats pour les hauts longs&#xa0;: chemises longues, tuniques, manteaux.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="120"/>
        <source>Mode</source>
        <extracomment>tryon-legacy.mode: label</extracomment>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="122"/>
        <source>performance is fastest, quality is slowest and most detailed.</source>
        <extracomment>tryon-legacy.mode: help</extracomment>
        <translation>performance est le plus rapide, quality le plus lent et le plus détaillé.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="124"/>
        <source>Try-On Max</source>
        <extracomment>tryon-max: model title</extracomment>
        <translation>Try-On Max</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="126"/>
        <source>FASHN&apos;s newest try-on: your model photo wearing the product, at up to 4k.</source>
        <extracomment>tryon-max: model description</extracomment>
        <translation>Le dernier modèle d’essayage de FASHN&#xa0;: votre photo de mannequin portant le produit, jusqu’en 4k.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="128"/>
        <source>Photo of the product to be worn.</source>
        <extracomment>tryon-max.product_image: help</extracomment>
        <translation>Photo du produit à porter.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="130"/>
        <source>Photo of the person who should wear the product.</source>
        <extracomment>tryon-max.model_image: help</extracomment>
        <translation>Photo de la personne qui doit porter le produit.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="132"/>
        <source>Styling instructions, e.g. &quot;tucked-in&quot;, &quot;open jacket&quot;.</source>
        <extracomment>tryon-max.prompt: help</extracomment>
        <translation>Instructions de stylisme, p. ex. «&#xa0;tucked-in&#xa0;», «&#xa0;open jacket&#xa0;».</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="134"/>
        <source>quality is the most detailed; when not set, billed as balanced.</source>
        <extracomment>tryon-max.generation_mode: help</extracomment>
        <translation>quality est le plus détaillé&#xa0;; s’il n’est pas défini, facturé comme balanced.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="136"/>
        <source>Outputs come back inline instead of as CDN links; they expire after 60 minutes.</source>
        <extracomment>tryon-max.return_base64: help</extracomment>
        <translation>Les sorties sont renvoyées intégrées au lieu de liens CDN&#xa0;; elles expirent après 60 minutes.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="138"/>
        <source>Virtual Try-On v1.6</source>
        <extracomment>tryon-v1.6: model title</extracomment>
        <translation>Essayage virtuel v1.6</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="140"/>
        <source>Dresses your model photo in a garment photo.</source>
        <extracomment>tryon-v1.6: model description</extracomment>
        <translation>Habille votre photo de mannequin avec le vêtement d’une autre photo.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="142"/>
        <source>Photo of the garment: flat-lay, ghost mannequin or worn by someone.</source>
        <extracomment>tryon-v1.6.garment_image: help</extracomment>
        <translation>Photo du vêtement&#xa0;: à plat, sur mannequin invisible ou porté par quelqu’un.</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="144"/>
        <source>Segmentation free</source>
        <extracomment>tryon-v1.6.segmentation_free: label</extracomment>
        <translation>Sans segmentation</translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="146"/>
        <source>Direct garment fitting without clothing segmentation; turn off if the original garment shows through.</source>
        <extracomment>tryon-v1.6.segmentation_free: help</extracomment>
        <translation>Ajustement direct du vêtement sans segmentation&#xa0;; désactivez-le si le vêtement d’origine transparaît.</translation>
    </message>
</context>
<context>
    <name>fr::CliApp</name>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="132"/>
        <source>%1 needs a value.</source>
        <translation>%1 nécessite une valeur.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="180"/>
        <source>--sandbox-time-scale must be a number between 0 and 10, not &quot;%1&quot;.</source>
        <translation>--sandbox-time-scale doit être un nombre entre 0 et 10, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="192"/>
        <source>Unknown option %1. See fittingroom-cli --help.</source>
        <translation>Option inconnue %1. Voir fittingroom-cli --help.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="206"/>
        <source>Ignoring a catalog override: %1</source>
        <translation>Remplacement du catalogue ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="27"/>
        <source>Usage: fittingroom-cli [options] COMMAND [ARGS]

Commands:
  models [MODEL]                 list the models, or every parameter of one
  estimate MODEL NAME=VALUE...   credits a request would cost
  run MODEL NAME=VALUE...        generate and save the results
  status PREDICTION_ID           ask FASHN about one prediction
  credits                        the account&apos;s remaining credits
  batch FILE                     run every job of a JSON Lines or CSV file
  jobs [--state STATE]           list the journal&apos;s jobs
  spend [--since YYYY-MM-DD]     credits per day and per model, from the journal
  resume                         finish what an interrupted run left: poll and save
                                 accepted jobs, send jobs never sent, list uncertain
                                 ones (never resent on their own)
  resubmit JOB_ID                send an uncertain or failed job again (a new charge)
  drop JOB_ID                    resume leaves the job alone (saved files are kept)

An image value is a file path, an http(s) URL or saved:NAME (try-on model_image).
Example:
  fittingroom-cli run product-to-model product_image=shirt.jpg prompt=&quot;studio&quot; resolution=2k --out DIR

Options:
  --json               machine-readable output on stdout
  --out DIR            where results are saved (default: Pictures/Fitting Room)
  --base-url URL       API base URL (default: $FASHN_BASE_URL or %1)
  --sandbox            run against a local FASHN sandbox in this process (no key needed)
  --sandbox-time-scale F  speed up the sandbox&apos;s processing times (e.g. 0.1)
  --yes                batch, resubmit: send without asking (needed without a
                       terminal); drop: also a job FASHN accepted
  --max-credits N      batch: refuse a batch that costs more than N credits
  --state STATE        jobs: only this state (queued, running, completed, failed,
                       uncertain, ... or unfinished)
  --since YYYY-MM-DD   spend: from this day on
  -h, --help           this text;  --version  the version

The API key is read from FASHN_API_KEY.

Exit codes:
   0 done
   1 the prediction failed
   2 wrong command, parameters or images (nothing spent)
   3 missing or refused key
   4 out of credits
   5 network or server problem
   6 submission uncertain (may be charged)
   7 completed, but outputs expired or not saved
   8 unknown prediction id
   9 not confirmed, over --max-credits or over the daily cap (setting
     spend/dailyCreditCap); nothing sent
  10 accepted by FASHN (may be charged), but its status could not be read;
     fittingroom-cli resume follows it again
A batch or resume exits with the code of its first job that did not end well (6
when any is uncertain, listed by resume until resubmitted or dropped); resubmit
and drop exit 8 for an unknown job id.
</source>
        <translation>Usage&#xa0;: fittingroom-cli [options] COMMAND [ARGS]

Commandes&#xa0;:
  models [MODEL]                 lister les modèles, ou tous les paramètres de l’un d’eux
  estimate MODEL NAME=VALUE...   crédits que coûterait une requête
  run MODEL NAME=VALUE...        générer et enregistrer les résultats
  status PREDICTION_ID           interroger FASHN sur une prédiction
  credits                        les crédits restants du compte
  batch FILE                     exécuter chaque tâche d’un fichier JSON Lines ou CSV
  jobs [--state STATE]           lister les tâches du journal
  spend [--since YYYY-MM-DD]     crédits par jour et par modèle, d’après le journal
  resume                         terminer ce qu’une exécution interrompue a laissé&#xa0;:
                                 interroger et enregistrer les tâches acceptées, envoyer
                                 celles jamais envoyées, lister les incertaines (jamais
                                 renvoyées d’elles-mêmes)
  resubmit JOB_ID                renvoyer une tâche incertaine ou échouée (nouvelle
                                 facturation)
  drop JOB_ID                    resume ne touche plus à la tâche (les fichiers enregistrés
                                 sont conservés)

Une valeur d’image est un chemin de fichier, une URL http(s) ou saved:NAME
(model_image de l’essayage).
Exemple&#xa0;:
  fittingroom-cli run product-to-model product_image=shirt.jpg prompt=&quot;studio&quot; resolution=2k --out DIR

Options&#xa0;:
  --json               sortie lisible par machine sur stdout
  --out DIR            dossier des résultats (par défaut&#xa0;: Images/Fitting Room)
  --base-url URL       URL de base de l’API (par défaut&#xa0;: $FASHN_BASE_URL ou %1)
  --sandbox            utiliser un bac à sable FASHN local dans ce processus (sans clé)
  --sandbox-time-scale F  accélérer les temps de traitement du bac à sable (p.&#xa0;ex. 0.1)
  --yes                batch, resubmit&#xa0;: envoyer sans demander (nécessaire sans terminal)&#xa0;;
                       drop&#xa0;: même une tâche acceptée par FASHN
  --max-credits N      batch&#xa0;: refuser un lot qui coûte plus de N crédits
  --state STATE        jobs&#xa0;: seulement cet état (queued, running, completed, failed,
                       uncertain, ... ou unfinished)
  --since YYYY-MM-DD   spend&#xa0;: à partir de ce jour
  -h, --help           ce texte&#xa0;;  --version  la version

La clé API est lue dans FASHN_API_KEY.

Codes de sortie&#xa0;:
   0 terminé
   1 la prédiction a échoué
   2 commande, paramètres ou images incorrects (rien n’est dépensé)
   3 clé absente ou refusée
   4 plus de crédits
   5 problème de réseau ou de serveur
   6 envoi incertain (peut être facturé)
   7 terminé, mais sorties expirées ou non enregistrées
   8 identifiant de prédiction inconnu
   9 non confirmé, au-delà de --max-credits ou du plafond quotidien (paramètre
     spend/dailyCreditCap)&#xa0;; rien n’est envoyé
  10 accepté par FASHN (peut être facturé), mais son état n’a pas pu être lu&#xa0;;
     fittingroom-cli resume le suit de nouveau
batch et resume se terminent avec le code de leur première tâche qui ne s’est pas
bien terminée (6 dès qu’une tâche est incertaine&#xa0;; resume la liste jusqu’à ce qu’elle soit
renvoyée ou abandonnée)&#xa0;; resubmit et drop renvoient 8 pour un identifiant de tâche inconnu.
</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="138"/>
        <source>%1 needs a value; %2 is an option.</source>
        <translation>%1 attend une valeur&#xa0;; %2 est une option.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="157"/>
        <source>--max-credits must be a whole number of credits, not &quot;%1&quot;.</source>
        <translation>--max-credits doit être un nombre entier de crédits, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="230"/>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Commandes&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="244"/>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme NAME=VALUE.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="249"/>
        <source>%1 is given twice; give each parameter once (a batch file runs a list of values: fittingroom-cli batch).</source>
        <translation>%1 est indiqué deux fois&#xa0;; indiquez chaque paramètre une seule fois (un fichier de lot exécute une liste de valeurs&#xa0;: fittingroom-cli batch).</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="256"/>
        <source>%1 is not a parameter of %2; it has: %3.</source>
        <translation>%1 n’est pas un paramètre de %2&#xa0;; paramètres disponibles&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="306"/>
        <location filename="../src/cli/CliApp.cpp" line="362"/>
        <location filename="../src/cli/CliRun.cpp" line="26"/>
        <source>Unknown model &quot;%1&quot;. Models: %2.</source>
        <translation>Modèle inconnu «&#xa0;%1&#xa0;». Modèles&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="323"/>
        <source> default %1</source>
        <translation> par défaut %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="329"/>
        <source> one of %1</source>
        <translation> parmi %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="334"/>
        <source> %1..%2</source>
        <translation> %1..%2</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="338"/>
        <source> not with %1</source>
        <translation> pas avec %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="344"/>
        <source> required</source>
        <translation> requis</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="357"/>
        <source>estimate needs a model: fittingroom-cli estimate MODEL NAME=VALUE...</source>
        <translation>estimate nécessite un modèle&#xa0;: fittingroom-cli estimate MODEL NAME=VALUE...</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="371"/>
        <source>The catalog has no price for these parameters.</source>
        <translation>Le catalogue n’a pas de prix pour ces paramètres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliApp.cpp" line="378"/>
        <location filename="../src/cli/CliApp.cpp" line="552"/>
        <location filename="../src/cli/CliBatch.cpp" line="162"/>
        <location filename="../src/cli/CliBatch.cpp" line="173"/>
        <location filename="../src/cli/CliResume.cpp" line="242"/>
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n crédit</numerusform>
            <numerusform>%n crédits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="379"/>
        <source>%1 per image</source>
        <translation>%1 par image</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="381"/>
        <source> + %1 for the face reference</source>
        <translation> + %1 pour la référence de visage</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliApp.cpp" line="382"/>
        <source>, %n image(s)</source>
        <translation>
            <numerusform>, %n image</numerusform>
            <numerusform>, %n images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="384"/>
        <source>; generation mode not set: billed as %1</source>
        <translation>&#xa0;; mode de génération non défini&#xa0;: facturé comme %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="410"/>
        <source>Could not start the local sandbox on 127.0.0.1.</source>
        <translation>Impossible de démarrer le bac à sable local sur 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="446"/>
        <source>Using the local FASHN sandbox at %1 (outputs are marked SANDBOX).</source>
        <translation>Utilisation du bac à sable FASHN local à l’adresse %1 (les sorties sont marquées SANDBOX).</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="452"/>
        <source>The API base URL %1 is refused: %2</source>
        <translation>L’URL de base de l’API %1 est refusée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="458"/>
        <source>No API key: set FASHN_API_KEY to your FASHN key, or add --sandbox to try the local sandbox.</source>
        <translation>Pas de clé API&#xa0;: définissez FASHN_API_KEY avec votre clé FASHN, ou ajoutez --sandbox pour essayer le bac à sable local.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="465"/>
        <source>The API key contains a line break or another character that is not printable ASCII; nothing was sent. Copy the key again into FASHN_API_KEY.</source>
        <translation>La clé d’API contient un saut de ligne ou un autre caractère qui n’est pas de l’ASCII imprimable&#xa0;; rien n’a été envoyé. Copiez de nouveau la clé dans FASHN_API_KEY.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="490"/>
        <source>status needs one prediction id: fittingroom-cli status ID</source>
        <translation>status nécessite un identifiant de prédiction&#xa0;: fittingroom-cli status ID</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="522"/>
        <source>(inline image, %1 characters)</source>
        <translation>(image intégrée, %1 caractères)</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="553"/>
        <source>  subscription %1, on demand %2</source>
        <translation>  abonnement %1, à la demande %2</translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="21"/>
        <source>run needs a model: fittingroom-cli run MODEL NAME=VALUE...</source>
        <translation>run nécessite un modèle&#xa0;: fittingroom-cli run MODEL NAME=VALUE...</translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="120"/>
        <source>batch needs one file: fittingroom-cli batch FILE [--yes] [--max-credits N]</source>
        <translation>batch nécessite un seul fichier&#xa0;: fittingroom-cli batch FILE [--yes] [--max-credits N]</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="127"/>
        <source>Nothing was sent: %n problem(s) in %1.</source>
        <translation>
            <numerusform>Rien n’a été envoyé&#xa0;: %n problème dans %1.</numerusform>
            <numerusform>Rien n’a été envoyé&#xa0;: %n problèmes dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="140"/>
        <location filename="../src/cli/CliRun.cpp" line="39"/>
        <source>Cannot create the output folder %1.</source>
        <translation>Impossible de créer le dossier de sortie %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="162"/>
        <source>%n job(s), %1 in total.</source>
        <translation>
            <numerusform>%n tâche, %1 au total.</numerusform>
            <numerusform>%n tâches, %1 au total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="165"/>
        <source>Nothing was sent: the batch costs %n credit(s), more than --max-credits %1.</source>
        <translation>
            <numerusform>Rien n’a été envoyé&#xa0;: le lot coûte %n crédit, plus que --max-credits %1.</numerusform>
            <numerusform>Rien n’a été envoyé&#xa0;: le lot coûte %n crédits, plus que --max-credits %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="289"/>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="290"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="291"/>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="187"/>
        <source>done %1, failed %2, running %3, queued %4; %n credit(s) spent</source>
        <translation>
            <numerusform>terminées %1, échecs %2, en cours %3, en attente %4&#xa0;; %n crédit dépensé</numerusform>
            <numerusform>terminées %1, échecs %2, en cours %3, en attente %4&#xa0;; %n crédits dépensés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="172"/>
        <source>Send %n job(s) for %1?</source>
        <translation>
            <numerusform>Envoyer %n tâche pour %1&#xa0;?</numerusform>
            <numerusform>Envoyer %n tâches pour %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="199"/>
        <source>, about %1 left</source>
        <translation>, encore environ %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="282"/>
        <source>Nothing was sent: without a terminal to confirm on, add --yes to send.</source>
        <translation>Rien n’a été envoyé&#xa0;: sans terminal pour confirmer, ajoutez --yes pour envoyer.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="285"/>
        <source> [y/N] </source>
        <translation> [o/N] </translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="343"/>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="345"/>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="346"/>
        <source>Line %1 (%2)</source>
        <translation>Ligne %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="350"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="356"/>
        <source>%n of %1 job(s) completed</source>
        <translation>
            <numerusform>%n tâche terminée sur %1</numerusform>
            <numerusform>%n tâches terminées sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="357"/>
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1</numerusform>
            <numerusform>%n fichiers enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="358"/>
        <source>%n credit(s) charged</source>
        <translation>
            <numerusform>%n crédit facturé</numerusform>
            <numerusform>%n crédits facturés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="359"/>
        <source>%1 estimated</source>
        <translation>estimés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="50"/>
        <source>Estimated cost: %n credit(s).</source>
        <translation>
            <numerusform>Coût estimé&#xa0;: %n crédit.</numerusform>
            <numerusform>Coût estimé&#xa0;: %n crédits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="61"/>
        <source>Preparing the input images…</source>
        <translation>Préparation des images d’entrée…</translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="64"/>
        <source>Queued.</source>
        <translation>En file d’attente.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="65"/>
        <source>Waiting: %1</source>
        <translation>En attente&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="68"/>
        <source>Submitting to FASHN…</source>
        <translation>Envoi à FASHN…</translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="71"/>
        <source>Prediction %1: %2</source>
        <translation>Prédiction %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="74"/>
        <source>Completed; saving %n output(s)…</source>
        <translation>
            <numerusform>Terminé&#xa0;; enregistrement de %n sortie…</numerusform>
            <numerusform>Terminé&#xa0;; enregistrement de %n sorties…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="123"/>
        <source>Saved %n result(s) in %1</source>
        <translation>
            <numerusform>%n résultat enregistré dans %1</numerusform>
            <numerusform>%n résultats enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="126"/>
        <source> (%n credit(s) used)</source>
        <translation>
            <numerusform> (%n crédit utilisé)</numerusform>
            <numerusform> (%n crédits utilisés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliJournal.cpp" line="46"/>
        <source>Nothing was sent: %n credit(s) spent today and %1 more would go over the daily cap of %2 (setting spend/dailyCreditCap).</source>
        <translation>
            <numerusform>Rien n’a été envoyé&#xa0;: %n crédit dépensé aujourd’hui, et en ajouter %1 dépasserait le plafond quotidien de %2 (paramètre spend/dailyCreditCap).</numerusform>
            <numerusform>Rien n’a été envoyé&#xa0;: %n crédits dépensés aujourd’hui, et en ajouter %1 dépasserait le plafond quotidien de %2 (paramètre spend/dailyCreditCap).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliJournal.cpp" line="59"/>
        <source>%n unfinished job(s) from an earlier run are in the journal (fittingroom-cli jobs --state unfinished lists them).</source>
        <translation>
            <numerusform>Le journal contient %n tâche inachevée d’une exécution précédente (fittingroom-cli jobs --state unfinished l’affiche).</numerusform>
            <numerusform>Le journal contient %n tâches inachevées d’une exécution précédente (fittingroom-cli jobs --state unfinished les affiche).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="63"/>
        <source>fittingroom-cli resume finishes them.</source>
        <translation>fittingroom-cli resume termine les tâches inachevées.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="70"/>
        <source>jobs takes no arguments: fittingroom-cli jobs [--state STATE] [--json]</source>
        <translation>jobs n’accepte aucun argument&#xa0;: fittingroom-cli jobs [--state STATE] [--json]</translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="80"/>
        <source>Unknown state &quot;%1&quot;. States: %2.</source>
        <translation>État inconnu «&#xa0;%1&#xa0;». États&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="130"/>
        <source>No jobs in the journal.</source>
        <translation>Aucune tâche dans le journal.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="137"/>
        <source>spend takes no arguments: fittingroom-cli spend [--since YYYY-MM-DD] [--json]</source>
        <translation>spend n’accepte aucun argument&#xa0;: fittingroom-cli spend [--since YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="144"/>
        <source>--since needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--since attend une date au format YYYY-MM-DD, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliJournal.cpp" line="215"/>
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="216"/>
        <source>%1 estimated, %2 charged</source>
        <translation>estimés&#xa0;: %1, facturés&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliJournal.cpp" line="218"/>
        <source>(%n job(s) without a reported charge)</source>
        <translation>
            <numerusform>(%n tâche sans facturation signalée)</numerusform>
            <numerusform>(%n tâches sans facturation signalée)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="221"/>
        <source>Credits per day since %1:</source>
        <translation>Crédits par jour depuis le %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="222"/>
        <source>Credits per day:</source>
        <translation>Crédits par jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="226"/>
        <source>Credits per model:</source>
        <translation>Crédits par modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="229"/>
        <source>Total:</source>
        <translation>Total&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="230"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="35"/>
        <source>resume takes no arguments: fittingroom-cli resume [--json]</source>
        <translation>resume n’accepte aucun argument&#xa0;: fittingroom-cli resume [--json]</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="39"/>
        <source>resume works on the journal of paid runs; sandbox runs are not kept in it.</source>
        <translation>resume travaille sur le journal des exécutions payantes&#xa0;; les exécutions en bac à sable n’y sont pas conservées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliResume.cpp" line="81"/>
        <source>Resuming %n job(s):</source>
        <translation>
            <numerusform>Reprise de %n tâche&#xa0;:</numerusform>
            <numerusform>Reprise de %n tâches&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliResume.cpp" line="82"/>
        <source>%n accepted by FASHN (polled and saved, no new charge)</source>
        <translation>
            <numerusform>%n acceptée par FASHN (interrogée et enregistrée, sans nouvelle facturation)</numerusform>
            <numerusform>%n acceptées par FASHN (interrogées et enregistrées, sans nouvelle facturation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliResume.cpp" line="83"/>
        <source>%n never sent (sent now)</source>
        <translation>
            <numerusform>%n jamais envoyée (envoyée maintenant)</numerusform>
            <numerusform>%n jamais envoyées (envoyées maintenant)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliResume.cpp" line="86"/>
        <source>%n interrupted while being sent (uncertain, not resent)</source>
        <translation>
            <numerusform>%n interrompue pendant l’envoi (incertaine, non renvoyée)</numerusform>
            <numerusform>%n interrompues pendant l’envoi (incertaines, non renvoyées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="104"/>
        <source>Job %1: %2</source>
        <translation>Tâche %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliResume.cpp" line="150"/>
        <source>%n job(s) may have been received and charged by FASHN without a result. Check your FASHN history, then send one again with fittingroom-cli resubmit ID (a new charge) or forget it with fittingroom-cli drop ID:</source>
        <translation>
            <numerusform>%n tâche a peut-être été reçue et facturée par FASHN sans résultat. Vérifiez votre historique FASHN, puis renvoyez-la avec fittingroom-cli resubmit ID (nouvelle facturation) ou oubliez-la avec fittingroom-cli drop ID&#xa0;:</numerusform>
            <numerusform>%n tâches ont peut-être été reçues et facturées par FASHN sans résultat. Vérifiez votre historique FASHN, puis renvoyez-en une avec fittingroom-cli resubmit ID (nouvelle facturation) ou oubliez-la avec fittingroom-cli drop ID&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="173"/>
        <source>Nothing to resume.</source>
        <translation>Rien à reprendre.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="195"/>
        <source>resubmit needs one job id: fittingroom-cli resubmit JOB_ID [--yes]</source>
        <translation>resubmit nécessite un identifiant de tâche&#xa0;: fittingroom-cli resubmit JOB_ID [--yes]</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="199"/>
        <source>resubmit works on the journal of paid runs; sandbox runs are not kept in it.</source>
        <translation>resubmit travaille sur le journal des exécutions payantes&#xa0;; les exécutions en bac à sable n’y sont pas conservées.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="212"/>
        <location filename="../src/cli/CliResume.cpp" line="303"/>
        <source>No job %1 in the journal (fittingroom-cli jobs lists them).</source>
        <translation>Aucune tâche %1 dans le journal (fittingroom-cli jobs liste les tâches).</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="216"/>
        <source>Job %1 was already resubmitted as job %2.</source>
        <translation>La tâche %1 a déjà été renvoyée en tant que tâche %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="220"/>
        <source>Job %1 is not finished (%2): fittingroom-cli resume finishes it without a new charge.</source>
        <translation>La tâche %1 n’est pas terminée (%2)&#xa0;: fittingroom-cli resume la termine sans nouvelle facturation.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="226"/>
        <source>Job %1 is completed; its files are saved.</source>
        <translation>La tâche %1 est terminée&#xa0;; ses fichiers sont enregistrés.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="231"/>
        <source>The model %1 is no longer in the catalog.</source>
        <translation>Le modèle %1 ne figure plus dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="235"/>
        <source>Job %1 (%2, %3): %4</source>
        <translation>Tâche %1 (%2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="240"/>
        <source>Send it again as a new job for %1? If FASHN received it before, this is a second charge.</source>
        <translation>La renvoyer comme nouvelle tâche pour %1&#xa0;? Si FASHN l’a déjà reçue, elle sera facturée une seconde fois.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="272"/>
        <source>Could not mark job %1 in the journal: %2</source>
        <translation>Impossible de marquer la tâche %1 dans le journal&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="273"/>
        <source>Resubmitted job %1 as job %2.</source>
        <translation>Tâche %1 renvoyée en tant que tâche %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="290"/>
        <source>drop needs one job id: fittingroom-cli drop JOB_ID</source>
        <translation>drop nécessite un identifiant de tâche&#xa0;: fittingroom-cli drop JOB_ID</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="307"/>
        <source>Job %1 is %2 already; resume does not touch it.</source>
        <translation>La tâche %1 a déjà le statut %2&#xa0;; resume n’y touche pas.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="312"/>
        <source>FASHN accepted job %1 (prediction %2), so it is paid for: fittingroom-cli resume would save its outputs. Add --yes to drop it anyway.</source>
        <translation>FASHN a accepté la tâche %1 (prédiction %2), elle est donc payée&#xa0;: fittingroom-cli resume enregistrerait ses sorties. Ajoutez --yes pour l’abandonner quand même.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="323"/>
        <source>Could not write the journal: %1</source>
        <translation>Impossible d’écrire le journal&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="331"/>
        <source>Dropped job %1; resume leaves it alone, and files saved for it are kept.</source>
        <translation>Tâche %1 abandonnée&#xa0;; resume n’y touchera plus, et les fichiers enregistrés pour elle sont conservés.</translation>
    </message>
</context>
<context>
    <name>fr::ComparePanel</name>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="41"/>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="41"/>
        <source>Results next to each other</source>
        <translation>Résultats côte à côte</translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="42"/>
        <source>Wipe</source>
        <translation>Volet</translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="42"/>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="245"/>
        <source>Two results under a divider (W)</source>
        <translation>Deux résultats de part et d’autre d’un séparateur (W)</translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="52"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="52"/>
        <source>Fit every result (F)</source>
        <translation>Ajuster chaque résultat (F)</translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="53"/>
        <source>100 %</source>
        <translation>100&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="53"/>
        <source>Actual pixels in every result (1)</source>
        <translation>Pixels réels dans chaque résultat (1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="54"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="54"/>
        <source>Leave the comparison (Esc)</source>
        <translation>Quitter la comparaison (Échap)</translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="191"/>
        <source>Compare · %1 pictures</source>
        <translation>Comparaison · %1 images</translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="246"/>
        <source>The wipe compares exactly two pictures</source>
        <translation>Le volet compare exactement deux images</translation>
    </message>
</context>
<context>
    <name>fr::ComposerPanel</name>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="51"/>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="54"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="82"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="93"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="96"/>
        <source>Reset to defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="98"/>
        <source>Put every setting back to the model&apos;s default; images stay.</source>
        <translation>Remet chaque réglage à la valeur par défaut du modèle&#xa0;; les images restent.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="99"/>
        <source>Reset settings to defaults</source>
        <translation>Rétablir les réglages par défaut</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="244"/>
        <source>Not used: %1 can&apos;t be combined with a %2 image.</source>
        <translation>Non utilisé&#xa0;: %1 ne peut pas être combiné avec une image «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="260"/>
        <source>Only used with a %1 image.</source>
        <translation>Utilisé uniquement avec une image «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="312"/>
        <source>Checking the %1 image…</source>
        <translation>Vérification de l’image «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="314"/>
        <source>%1 image: %2</source>
        <translation>Image «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="320"/>
        <source>Add a %1 image.</source>
        <translation>Ajoutez une image «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="322"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="349"/>
        <source>No %1 set: FASHN picks; billed as %2</source>
        <translation>%1 non défini&#xa0;: FASHN choisit&#xa0;; facturé comme %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="351"/>
        <source>No %1 set: FASHN picks; billed as %2 at %3</source>
        <translation>%1 non défini&#xa0;: FASHN choisit&#xa0;; facturé comme %2 en %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="359"/>
        <source>+1 credit per image with %2</source>
        <translation>+1 crédit par image avec %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="360"/>
        <source>+%1 credits per image with %2</source>
        <translation>+%1 crédits par image avec %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="391"/>
        <source>Generate for %1 credits?</source>
        <translation>Générer pour %1 crédits&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="392"/>
        <source>This request costs %1 credits, more than the %2 you asked to confirm.</source>
        <translation>Cette requête coûte %1 crédits, plus que le seuil de %2 au-delà duquel vous avez demandé une confirmation.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="395"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
</context>
<context>
    <name>fr::ComposerText</name>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="23"/>
        <source>lower</source>
        <extracomment>Answer &quot;keep&quot; if nouns keep their capital letter inside a sentence in this language (German); otherwise leave &quot;lower&quot;. Not shown to users.</extracomment>
        <translation>lower</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="35"/>
        <source>preview</source>
        <comment>a model FASHN offers ahead of its stable release</comment>
        <translation>aperçu</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="37"/>
        <source>experimental</source>
        <comment>a model FASHN may change or withdraw</comment>
        <translation>expérimental</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="39"/>
        <source>legacy</source>
        <comment>an older model FASHN still serves, with an older request shape</comment>
        <translation>ancienne version</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="40"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="48"/>
        <source>Add an image: this model needs it.</source>
        <translation>Ajoutez une image&#xa0;: ce modèle en a besoin.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="49"/>
        <source>Required by this model.</source>
        <translation>Requis par ce modèle.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="51"/>
        <source>Must be between %1 and %2.</source>
        <translation>Doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="56"/>
        <source>Longer than the %1 characters allowed.</source>
        <translation>Dépasse les %1 caractères autorisés.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="58"/>
        <source>Choose one of the listed values.</source>
        <translation>Choisissez l’une des valeurs proposées.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="60"/>
        <source>Must be a whole number.</source>
        <translation>Doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="61"/>
        <source>This value has the wrong form.</source>
        <translation>Cette valeur n’a pas la bonne forme.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="64"/>
        <source>Can&apos;t be combined with %1.</source>
        <translation>Incompatible avec %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="66"/>
        <source>Can&apos;t be combined with another input.</source>
        <translation>Incompatible avec une autre entrée.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="69"/>
        <source>Use an image file, an http(s) link or a data URI.</source>
        <translation>Utilisez un fichier image, un lien http(s) ou une URI data.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="71"/>
        <source>Name the saved model after saved:.</source>
        <translation>Indiquez le nom du mannequin enregistré après saved:.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="72"/>
        <source>This input does not take a saved model.</source>
        <translation>Cette entrée n’accepte pas de mannequin enregistré.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="74"/>
        <source>Not a parameter of this model.</source>
        <translation>Ce n’est pas un paramètre de ce modèle.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="81"/>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="86"/>
        <source>%1 was not found: it may have been moved or deleted.</source>
        <translation>%1 est introuvable&#xa0;: il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="88"/>
        <source>%1 can&apos;t be read: check that you may open it.</source>
        <translation>%1 ne peut pas être lu&#xa0;: vérifiez que vous avez le droit de l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="90"/>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 est vide (0 octet).</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="92"/>
        <source>%1 is too large to send.</source>
        <translation>%1 est trop volumineux pour être envoyé.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="94"/>
        <source>%1 is not an image (JPEG, PNG, WebP, GIF, BMP or TIFF).</source>
        <translation>%1 n’est pas une image (JPEG, PNG, WebP, GIF, BMP ou TIFF).</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="96"/>
        <source>%1 is incomplete: the file ends before the image does.</source>
        <translation>%1 est incomplet&#xa0;: le fichier se termine avant l’image.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="98"/>
        <source>%1 declares far too many pixels to be a photo; it is not opened.</source>
        <translation>%1 déclare bien trop de pixels pour une photo&#xa0;; il n’est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="100"/>
        <source>%1 could not be decoded; it may be damaged.</source>
        <translation>%1 n’a pas pu être décodé&#xa0;; il est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="102"/>
        <source>%1 is not a regular file (a device or a pipe); choose an image file.</source>
        <translation>%1 n’est pas un fichier ordinaire (un périphérique ou un tube)&#xa0;; choisissez un fichier image.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="104"/>
        <source>%1 can&apos;t be used.</source>
        <translation>%1 ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="109"/>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
</context>
<context>
    <name>fr::CostBar</name>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="38"/>
        <source>Why Generate is unavailable</source>
        <translation>Pourquoi Générer n’est pas disponible</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="104"/>
        <source>No price is listed for these settings.</source>
        <translation>Aucun prix n’est indiqué pour ces réglages.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="107"/>
        <source>%1 images × %2 credits each</source>
        <translation>%1 images × %2 crédits chacune</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="117"/>
        <source>No mode set: FASHN picks; billed as %1</source>
        <translation>Aucun mode défini&#xa0;: FASHN choisit&#xa0;; facturé comme %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="127"/>
        <source>Balance unknown</source>
        <translation>Solde inconnu</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="128"/>
        <source>Balance: 1 credit</source>
        <translation>Solde&#xa0;: 1 crédit</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="129"/>
        <source>Balance: %1 credits</source>
        <translation>Solde&#xa0;: %1 crédits</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="144"/>
        <source>Generate – 1 credit</source>
        <translation>Générer – 1 crédit</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="145"/>
        <source>Generate – %1 credits</source>
        <translation>Générer – %1 crédits</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="166"/>
        <source>Spent this session: 1 credit</source>
        <translation>Dépensé pendant cette session&#xa0;: 1 crédit</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="167"/>
        <source>Spent this session: %1 credits</source>
        <translation>Dépensé pendant cette session&#xa0;: %1 crédits</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="136"/>
        <source>Not enough credits: this costs %1, the balance is %2.</source>
        <translation>Crédits insuffisants&#xa0;: ceci coûte %1, le solde est de %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="146"/>
        <source>Generate – price unknown</source>
        <translation>Générer – prix inconnu</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="148"/>
        <source>Send this request to FASHN</source>
        <translation>Envoyer cette requête à FASHN</translation>
    </message>
</context>
<context>
    <name>fr::GalleryDelegate</name>
    <message>
        <location filename="../src/widgets/gallery/GalleryDelegate.cpp" line="240"/>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryDelegate.cpp" line="285"/>
        <source>seed %1</source>
        <translation>graine %1</translation>
    </message>
</context>
<context>
    <name>fr::GalleryModel</name>
    <message>
        <location filename="../src/widgets/gallery/GalleryModel.cpp" line="83"/>
        <source>Prompt: %1</source>
        <translation>Prompt&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryModel.cpp" line="85"/>
        <source>Seed: %1</source>
        <translation>Graine&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryModel.cpp" line="87"/>
        <source>Result %1 of %2</source>
        <translation>Résultat %1 sur %2</translation>
    </message>
</context>
<context>
    <name>fr::GalleryPanel</name>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="112"/>
        <source>Filter by model</source>
        <translation>Filtrer par modèle</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="115"/>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="117"/>
        <source>Search prompts</source>
        <translation>Rechercher dans les prompts</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="152"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="190"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="192"/>
        <source>Show in &amp;File Manager</source>
        <translation>Afficher dans le &amp;gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="193"/>
        <source>&amp;Copy Image</source>
        <translation>&amp;Copier l’image</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="195"/>
        <source>Use as &amp;Model Image</source>
        <translation>Utiliser comme photo du &amp;mannequin</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="197"/>
        <source>How It Was &amp;Made…</source>
        <translation>&amp;Détails de création…</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="201"/>
        <source>Com&amp;pare</source>
        <translation>Com&amp;parer</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="203"/>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="374"/>
        <source>Move to &amp;Trash…</source>
        <translation>Déplacer vers la co&amp;rbeille…</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="321"/>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="340"/>
        <source>%1 of %n result(s)</source>
        <translation>
            <numerusform>%1 sur %n résultat</numerusform>
            <numerusform>%1 sur %n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="342"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="347"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Results you generate appear here.&lt;/p&gt;&lt;p&gt;They are saved in &lt;b&gt;%1&lt;/b&gt;, each with a .json file that records how it was made. Results saved by the command-line tool into that folder show up too.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Les résultats que vous générez apparaissent ici.&lt;/p&gt;&lt;p&gt;Ils sont enregistrés dans &lt;b&gt;%1&lt;/b&gt;, chacun avec un fichier .json qui indique comment il a été créé. Les résultats enregistrés dans ce dossier par l’outil en ligne de commande y apparaissent aussi.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="353"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No results match the filter.&lt;/p&gt;&lt;p&gt;Choose “All models” or clear the search to see all %n result(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;font-size:large&apos;&gt;Aucun résultat ne correspond au filtre.&lt;/p&gt;&lt;p&gt;Choisissez «&#xa0;Tous les modèles&#xa0;» ou effacez la recherche pour voir le résultat (%n au total).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;font-size:large&apos;&gt;Aucun résultat ne correspond au filtre.&lt;/p&gt;&lt;p&gt;Choisissez «&#xa0;Tous les modèles&#xa0;» ou effacez la recherche pour voir les %n résultats.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="370"/>
        <source>Com&amp;pare %n Results</source>
        <translation>
            <numerusform>Com&amp;parer %n résultat</numerusform>
            <numerusform>Com&amp;parer %n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="371"/>
        <source>Com&amp;pare (select 2–4)</source>
        <translation>Com&amp;parer (sélectionnez-en 2 à 4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="373"/>
        <source>Move %n Results to &amp;Trash…</source>
        <translation>
            <numerusform>Déplacer %n résultat vers la co&amp;rbeille…</numerusform>
            <numerusform>Déplacer %n résultats vers la co&amp;rbeille…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="482"/>
        <source>Move “%1” and its description to the trash?</source>
        <translation>Déplacer «&#xa0;%1&#xa0;» et sa description vers la corbeille&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="484"/>
        <source>Move %n results and their descriptions to the trash?</source>
        <translation>
            <numerusform>Déplacer %n résultat et sa description vers la corbeille&#xa0;?</numerusform>
            <numerusform>Déplacer %n résultats et leurs descriptions vers la corbeille&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="487"/>
        <source>Move to Trash</source>
        <translation>Déplacer vers la corbeille</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="517"/>
        <source>Not moved to the trash</source>
        <translation>Non déplacé vers la corbeille</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="518"/>
        <source>%n result(s) could not be moved to the trash, so they were left in place. The system trash may not be available for this folder; delete them from your file manager if you want them gone.</source>
        <translation>
            <numerusform>%n résultat n’a pas pu être déplacé vers la corbeille&#xa0;; il a donc été laissé en place. La corbeille du système n’est peut-être pas disponible pour ce dossier&#xa0;; supprimez-le depuis votre gestionnaire de fichiers si vous voulez vous en débarrasser.</numerusform>
            <numerusform>%n résultats n’ont pas pu être déplacés vers la corbeille&#xa0;; ils ont donc été laissés en place. La corbeille du système n’est peut-être pas disponible pour ce dossier&#xa0;; supprimez-les depuis votre gestionnaire de fichiers si vous voulez vous en débarrasser.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fr::ImagePyramid</name>
    <message>
        <location filename="../src/widgets/viewer/ImagePyramid.cpp" line="36"/>
        <source>The file does not exist.</source>
        <translation>Le fichier n’existe pas.</translation>
    </message>
</context>
<context>
    <name>fr::ImageSlot</name>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="60"/>
        <source>%1 image</source>
        <translation>Image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="76"/>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="76"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="82"/>
        <source>Clear (Delete)</source>
        <translation>Vider (Suppr)</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="83"/>
        <source>Clear the %1 image</source>
        <translation>Retirer l’image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="98"/>
        <source>%1 image: drop, paste or click to browse</source>
        <translation>Image «&#xa0;%1&#xa0;»&#xa0;: déposez, collez ou cliquez pour parcourir</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="120"/>
        <source>%1 image problem</source>
        <translation>Problème avec l’image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="125"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="126"/>
        <source>Dismiss the %1 image problem</source>
        <translation>Masquer le problème de l’image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="146"/>
        <source>or a saved model&apos;s name</source>
        <translation>ou le nom d’un mannequin enregistré</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="147"/>
        <source>A model saved in your FASHN Studio account (saved:NAME).</source>
        <translation>Un mannequin enregistré dans votre compte FASHN Studio (saved:NAME).</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="148"/>
        <source>Saved model name for %1</source>
        <translation>Nom du mannequin enregistré pour %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="274"/>
        <source>Choose the %1 image</source>
        <translation>Choisir l’image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="275"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="296"/>
        <source>%1 files were given; a slot takes one image at a time.</source>
        <translation>%1 fichiers ont été fournis&#xa0;; un emplacement accepte une seule image à la fois.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="312"/>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="344"/>
        <source>%1: links can&apos;t be sent to FASHN; use an image file or an http(s) link.</source>
        <translation>Les liens %1 ne peuvent pas être envoyés à FASHN&#xa0;; utilisez un fichier image ou un lien http(s).</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="324"/>
        <source>That is not an image, a file or a link.</source>
        <translation>Ce n’est ni une image, ni un fichier, ni un lien.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="331"/>
        <source>Several lines were given; a slot takes one image at a time.</source>
        <translation>Plusieurs lignes ont été fournies&#xa0;; un emplacement accepte une seule image à la fois.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="347"/>
        <source>That text is not an image link or a file path.</source>
        <translation>Ce texte n’est ni un lien vers une image ni un chemin de fichier.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="365"/>
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="386"/>
        <source>The pasted image could not be saved to the cache folder.</source>
        <translation>L’image collée n’a pas pu être enregistrée dans le dossier de cache.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="388"/>
        <source>&quot;%1&quot; is a folder; drop a single image file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;; déposez un seul fichier image.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="400"/>
        <source>This link is not a valid web address.</source>
        <translation>Ce lien n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="410"/>
        <source>This input does not take a saved model; use an image.</source>
        <translation>Cette entrée n’accepte pas de mannequin enregistré&#xa0;; utilisez une image.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="414"/>
        <source>Name the saved model after saved:.</source>
        <translation>Indiquez le nom du mannequin enregistré après saved:.</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="462"/>
        <source>Drop an %1 photo here, paste, or click to browse</source>
        <translation>Déposez ici une photo (%1), collez-la ou cliquez pour parcourir</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="463"/>
        <source>Drop a %1 photo here, paste, or click to browse</source>
        <translation>Déposez ici une photo (%1), collez-la ou cliquez pour parcourir</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="472"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="476"/>
        <source>Web link</source>
        <translation>Lien web</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="478"/>
        <source>Sent to FASHN as a link</source>
        <translation>Envoyé à FASHN sous forme de lien</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="480"/>
        <source>saved model</source>
        <translation>mannequin enregistré</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="482"/>
        <source>A model saved in your FASHN Studio account</source>
        <translation>Un mannequin enregistré dans votre compte FASHN Studio</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="484"/>
        <source>Embedded image</source>
        <translation>Image intégrée</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="484"/>
        <source>data URI</source>
        <translation>URI data</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="485"/>
        <source>Sent as it is</source>
        <translation>Envoyé tel quel</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="490"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="492"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="492"/>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="493"/>
        <source>→ uploads %1 %2</source>
        <translation>→ envoie %1 en %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="509"/>
        <source>The previous image is kept.</source>
        <translation>L’image précédente est conservée.</translation>
    </message>
</context>
<context>
    <name>fr::JobsModel</name>
    <message>
        <location filename="../src/widgets/jobs/JobDelegate.cpp" line="184"/>
        <source>%1 of ~%2</source>
        <translation>%1 sur ~%2</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsModel.cpp" line="57"/>
        <source>Paused for credits</source>
        <translation>En pause (crédits épuisés)</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsModel.cpp" line="81"/>
        <source>Prediction %1</source>
        <translation>Prédiction %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsModel.cpp" line="117"/>
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n crédit</numerusform>
            <numerusform>%n crédits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsModel.cpp" line="119"/>
        <location filename="../src/widgets/jobs/JobsModel.cpp" line="122"/>
        <source>no charge</source>
        <translation>non facturé</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsModel.cpp" line="125"/>
        <source>est. %n credit(s)</source>
        <translation>
            <numerusform>env. %n crédit</numerusform>
            <numerusform>env. %n crédits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fr::JobsPanel</name>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="49"/>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="90"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="66"/>
        <source>&lt;b&gt;Out of credits.&lt;/b&gt; Queued jobs wait. Buy credits at fashn.ai, then &lt;a href=&quot;resume&quot;&gt;resume&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Crédits épuisés.&lt;/b&gt; Les tâches en file d’attente patientent. Achetez des crédits sur fashn.ai, puis &lt;a href=&quot;resume&quot;&gt;reprenez&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="84"/>
        <source>Jobs you generate appear here.
Keep composing while they run.</source>
        <translation>Les tâches que vous générez apparaissent ici.
Continuez à composer pendant leur exécution.</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="105"/>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="276"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="106"/>
        <source>Stop this job (a job already at FASHN may still be charged)</source>
        <translation>Arrêter cette tâche (une tâche déjà envoyée à FASHN peut quand même être facturée)</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="107"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="107"/>
        <source>Send the same job again (a new charge)</source>
        <translation>Renvoyer la même tâche (nouvelle facturation)</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="108"/>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="274"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="109"/>
        <source>Follow this job at FASHN again and save its results (no new charge)</source>
        <translation>Suivre de nouveau cette tâche chez FASHN et enregistrer ses résultats (sans nouvelle facturation)</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="112"/>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="271"/>
        <source>Open results</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="112"/>
        <source>Show this job&apos;s results</source>
        <translation>Afficher les résultats de cette tâche</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="114"/>
        <source>Clear finished</source>
        <translation>Nettoyer</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="115"/>
        <source>Remove finished jobs from this list (files stay in the library)</source>
        <translation>Retirer les tâches terminées de cette liste (les fichiers restent dans la bibliothèque)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="188"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="190"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="192"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="194"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="229"/>
        <source>Send this job to FASHN again? It is a new prediction: about %n credit(s) are charged when it completes.</source>
        <translation>
            <numerusform>Renvoyer cette tâche à FASHN&#xa0;? C’est une nouvelle prédiction&#xa0;: environ %n crédit sera facturé à la fin.</numerusform>
            <numerusform>Renvoyer cette tâche à FASHN&#xa0;? C’est une nouvelle prédiction&#xa0;: environ %n crédits seront facturés à la fin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="235"/>
        <source>The first attempt may also have been received and charged (prediction unknown).</source>
        <translation>La première tentative a peut-être aussi été reçue et facturée (prédiction inconnue).</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="236"/>
        <source>Retry job</source>
        <translation>Réessayer la tâche</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="236"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="275"/>
        <source>Retry…</source>
        <translation>Réessayer…</translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="279"/>
        <source>Copy prediction id</source>
        <translation>Copier l’identifiant de la prédiction</translation>
    </message>
</context>
<context>
    <name>fr::MainWindow</name>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="56"/>
        <source>API key not saved</source>
        <translation>Clé d’API non enregistrée</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="57"/>
        <source>The system keychain did not store the key: %1

The studio keeps using the key it had. Unlock or set up the keychain, then enter the key again in Settings.</source>
        <translation>Le trousseau du système n’a pas enregistré la clé&#xa0;: %1

Le studio continue d’utiliser la clé précédente. Déverrouillez ou configurez le trousseau, puis saisissez de nouveau la clé dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="100"/>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="101"/>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="102"/>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="128"/>
        <source>The chosen model takes no model image.</source>
        <translation>Le modèle choisi n’accepte pas de photo du mannequin.</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="162"/>
        <source>Out of credits</source>
        <translation>Crédits épuisés</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="177"/>
        <source>Nothing to paste: copy an image, an image file or an image link first.</source>
        <translation>Rien à coller&#xa0;: copiez d’abord une image, un fichier image ou un lien vers une image.</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="191"/>
        <source>Select two to four results in the gallery to compare them.</source>
        <translation>Sélectionnez deux à quatre résultats dans la galerie pour les comparer.</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="196"/>
        <source>Product image</source>
        <translation>Image du produit</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="197"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="229"/>
        <location filename="../src/widgets/main/MainWindow.cpp" line="248"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="231"/>
        <source>&lt;b&gt;Not connected.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Non connecté.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="233"/>
        <source>&lt;b&gt;Sandbox mode.&lt;/b&gt; Results are simulated on this computer (stamped SANDBOX) and cost nothing. To generate real results, add your FASHN API key in Settings.</source>
        <translation>&lt;b&gt;Mode bac à sable.&lt;/b&gt; Les résultats sont simulés localement (marqués SANDBOX) et ne coûtent rien. Pour de vrais résultats, ajoutez votre clé API FASHN dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="249"/>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="250"/>
        <source>FASHN · %1</source>
        <translation>FASHN · %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="251"/>
        <source>Fitting Room — Sandbox</source>
        <translation>Fitting Room — bac à sable</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="251"/>
        <source>Fitting Room</source>
        <translation>Fitting Room</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="263"/>
        <source>Balance: key refused</source>
        <translation>Solde&#xa0;: clé refusée</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="264"/>
        <source>Balance unknown</source>
        <translation>Solde inconnu</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/main/MainWindow.cpp" line="268"/>
        <source>Balance: %n credit(s)</source>
        <translation>
            <numerusform>Solde&#xa0;: %n crédit</numerusform>
            <numerusform>Solde&#xa0;: %n crédits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="270"/>
        <source>Subscription %1 · on demand %2</source>
        <translation>Abonnement %1 · à la demande %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="284"/>
        <source>Not sent: %1 credits spent today and %2 more would pass your daily cap of %3 credits (Settings).</source>
        <translation>Non envoyé&#xa0;: %1 crédits dépensés aujourd’hui, et %2 de plus dépasseraient votre plafond quotidien de %3 crédits (Paramètres).</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="298"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/main/MainWindow.cpp" line="321"/>
        <source>%n result(s) saved.</source>
        <translation>
            <numerusform>%n résultat enregistré.</numerusform>
            <numerusform>%n résultats enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="377"/>
        <source>Delete|Clear the focused slot, or move the selected results to the trash</source>
        <translation>Suppr|Vider l’emplacement actif ou mettre les résultats sélectionnés à la corbeille</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="378"/>
        <source>Enter|Open the selected result</source>
        <translation>Entrée|Ouvrir le résultat sélectionné</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="379"/>
        <source>Ctrl+C|Copy the selected result</source>
        <translation>Ctrl+C|Copier le résultat sélectionné</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="380"/>
        <source>Left / Right|Previous / next result in the viewer</source>
        <translation>Gauche / Droite|Résultat précédent / suivant dans la visionneuse</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="381"/>
        <source>Wheel|Zoom at the cursor; drag to pan</source>
        <translation>Molette|Zoomer sous le curseur&#xa0;; faire glisser pour se déplacer</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="382"/>
        <source>0 / 1|Fit / 100 %</source>
        <translation>0 / 1|Ajuster / 100&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="383"/>
        <source>W|Wipe mode in compare</source>
        <translation>W|Mode volet dans la comparaison</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="384"/>
        <source>Esc|Leave compare</source>
        <translation>Échap|Quitter la comparaison</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="390"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="400"/>
        <source>About Fitting Room</source>
        <translation>À propos de Fitting Room</translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="401"/>
        <source>&lt;b&gt;Fitting Room %1&lt;/b&gt;&lt;p&gt;A desktop studio for the FASHN AI API: product to model and virtual try-on, with every result kept on your disk.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fitting Room %1&lt;/b&gt;&lt;p&gt;Un studio de bureau pour l’API FASHN AI&#xa0;: produit sur mannequin et essayage virtuel, chaque résultat étant conservé sur votre disque.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fr::ParameterForm</name>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="114"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="115"/>
        <source>Not set: FASHN decides</source>
        <translation>Non défini&#xa0;: FASHN décide</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="153"/>
        <source>Keep this %1</source>
        <translation>Conserver cette valeur (%1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="156"/>
        <source>New random %1 now</source>
        <translation>Nouvelle valeur aléatoire (%1) maintenant</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="158"/>
        <source>New random %1</source>
        <translation>Nouvelle valeur aléatoire (%1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="162"/>
        <source>Locked: every Generate uses this %1.</source>
        <translation>Verrouillé&#xa0;: chaque génération utilise cette valeur (%1).</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="164"/>
        <source>Unlocked: every Generate picks a new random %1.</source>
        <translation>Déverrouillé&#xa0;: chaque génération tire une nouvelle valeur aléatoire (%1).</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="191"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="217"/>
        <source>%1 length</source>
        <translation>Longueur de %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="223"/>
        <source>%1 problem</source>
        <translation>Problème avec %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="428"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>fr::ProvenanceDialog</name>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="24"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="24"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="83"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="84"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="85"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="89"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="90"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="92"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="96"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="103"/>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="115"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="116"/>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="117"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="119"/>
        <source>Credits used</source>
        <translation>Crédits utilisés</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="122"/>
        <source>Credits estimated</source>
        <translation>Crédits estimés</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="123"/>
        <source>Submitted</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="124"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="125"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="126"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="135"/>
        <source>How %1 was made</source>
        <translation>Comment %1 a été créé</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="141"/>
        <source>&lt;p&gt;This result has no readable description (its .json file is missing or damaged).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce résultat n’a pas de description lisible (son fichier .json est absent ou endommagé).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="146"/>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
</context>
<context>
    <name>fr::SettingsDialog</name>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="41"/>
        <source>Automatic: FASHN with a key, the local sandbox without</source>
        <translation>Automatique&#xa0;: FASHN avec une clé, sinon le bac à sable local</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="43"/>
        <source>FASHN</source>
        <translation>FASHN</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="44"/>
        <source>Local sandbox (simulated results, no credits)</source>
        <translation>Bac à sable local (résultats simulés, sans crédits)</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="46"/>
        <source>As the model prefers</source>
        <translation>Selon la préférence du modèle</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="47"/>
        <source>PNG (full quality)</source>
        <translation>PNG (qualité maximale)</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="48"/>
        <source>JPEG (smaller files)</source>
        <translation>JPEG (fichiers plus légers)</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="49"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="53"/>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="55"/>
        <source> credits</source>
        <translation> crédits</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="54"/>
        <source>Never ask</source>
        <translation>Ne jamais demander</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="56"/>
        <source>No cap</source>
        <translation>Aucun plafond</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="57"/>
        <source>fa-…  (leave empty to keep the stored key)</source>
        <translation>fa-…  (laisser vide pour conserver la clé enregistrée)</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="59"/>
        <source>The key is kept in the system keychain, never in a settings file. Create one at &lt;a href=&quot;https://app.fashn.ai/api&quot;&gt;app.fashn.ai/api&lt;/a&gt;.</source>
        <translation>La clé est conservée dans le trousseau du système, jamais dans un fichier de paramètres. Créez-en une sur &lt;a href=&quot;https://app.fashn.ai/api&quot;&gt;app.fashn.ai/api&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="62"/>
        <source>Fields: {date} {model} {id} {seed} {n}. {n} (the output number) is required.</source>
        <translation>Champs&#xa0;: {date} {model} {id} {seed} {n}. {n} (le numéro de la sortie) est obligatoire.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="64"/>
        <source>FASHN allows 50 submissions a minute, 50 status checks and 30 credit checks per 10 seconds, and 6 jobs at once. Raise these only if FASHN raised your quota.</source>
        <translation>FASHN autorise 50 envois par minute, 50 requêtes d’état et 30 requêtes de crédits par 10 secondes, et 6 tâches simultanées. N’augmentez ces valeurs que si FASHN a relevé votre quota.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="74"/>
        <source>The stored key will be removed when you press OK.</source>
        <translation>La clé enregistrée sera supprimée lorsque vous cliquerez sur OK.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="88"/>
        <source>Library folder</source>
        <translation>Dossier de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="132"/>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="138"/>
        <source>Stored key: %1</source>
        <translation>Clé enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="142"/>
        <source>No key stored: the studio uses the local sandbox.</source>
        <translation>Aucune clé enregistrée&#xa0;: le studio utilise le bac à sable local.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="145"/>
        <source>The system keychain is not available: %1</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="157"/>
        <source>The template needs {n} so that several outputs of one job get different names.</source>
        <translation>Le modèle de nom doit contenir {n} pour que les sorties d’une même tâche aient des noms différents.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="167"/>
        <source>Example: %1.png</source>
        <translation>Exemple&#xa0;: %1.png</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="176"/>
        <source>https only; plain http only for this computer (loopback).</source>
        <translation>https uniquement&#xa0;; http simple seulement pour cet ordinateur (loopback).</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="177"/>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="205"/>
        <source>Asking %1 for the account&apos;s credits…</source>
        <translation>Demande des crédits du compte à %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="216"/>
        <source>The key works: %n credit(s) left.</source>
        <translation>
            <numerusform>La clé fonctionne&#xa0;: %n crédit restant.</numerusform>
            <numerusform>La clé fonctionne&#xa0;: %n crédits restants.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="219"/>
        <source>FASHN refused this key (401). Check that it was copied whole.</source>
        <translation>FASHN a refusé cette clé (401). Vérifiez qu’elle a été copiée en entier.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="222"/>
        <source>There is no key to test: type one first.</source>
        <translation>Il n’y a aucune clé à tester&#xa0;: saisissez-en une d’abord.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="226"/>
        <source>FASHN could not be reached: %1</source>
        <translation>FASHN est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="229"/>
        <source>FASHN answered: %1</source>
        <translation>Réponse de FASHN&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fr::ViewerPanel</name>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="23"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="23"/>
        <source>Fit the image in the view (0)</source>
        <translation>Ajuster l’image à la vue (0)</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="24"/>
        <source>100 %</source>
        <translation>100&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="24"/>
        <source>Show actual pixels (1)</source>
        <translation>Afficher les pixels réels (1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="25"/>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="26"/>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="27"/>
        <source>Previous result (Left)</source>
        <translation>Résultat précédent (Gauche)</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="28"/>
        <source>Next result (Right)</source>
        <translation>Résultat suivant (Droite)</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="153"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>fr::WipeView</name>
    <message>
        <location filename="../src/widgets/compare/WipeView.cpp" line="96"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>fr::ZoomView</name>
    <message>
        <location filename="../src/widgets/viewer/ZoomView.cpp" line="120"/>
        <source>The image could not be decoded.</source>
        <translation>L’image n’a pas pu être décodée.</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ZoomView.cpp" line="378"/>
        <source>Fit · %1</source>
        <translation>Ajusté · %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ZoomView.cpp" line="396"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ZoomView.cpp" line="417"/>
        <source>Can&apos;t show this image</source>
        <translation>Impossible d’afficher cette image</translation>
    </message>
</context>
</TS>
