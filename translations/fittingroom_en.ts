<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CompareWords</name>
    <message>
        <location filename="../src/widgets/compare/CompareLabels.cpp" line="33"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/CompareLabels.cpp" line="33"/>
        <source>Input · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/CompareLabels.cpp" line="84"/>
        <source>Same settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="6"/>
        <source>Fitting Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="24"/>
        <source>Add an API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="68"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="77"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="82"/>
        <source>&amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="87"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="95"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="106"/>
        <source>&amp;Open Product Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="107"/>
        <source>Show &amp;Library Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="108"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="109"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="110"/>
        <source>&amp;Paste into Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="111"/>
        <source>&amp;Reset Parameters to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="112"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="113"/>
        <source>&amp;Refresh Credit Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="114"/>
        <source>&amp;Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="115"/>
        <source>&amp;Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="117"/>
        <source>Compare &amp;Selected Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="118"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="119"/>
        <source>&amp;About Fitting Room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenanceWords</name>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="53"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="53"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="70"/>
        <source>no prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="74"/>
        <source>%1 default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="82"/>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="83"/>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="108"/>
        <source>unknown model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="116"/>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="119"/>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="162"/>
        <source>random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="151"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ProvenanceText.cpp" line="160"/>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="6"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="12"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="15"/>
        <source>&amp;Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="16"/>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="17"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="20"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="21"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="21"/>
        <source>Ask FASHN for the account&apos;s credits with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="26"/>
        <source>&amp;Remove the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="31"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="34"/>
        <source>Library &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="37"/>
        <source>Library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="38"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="41"/>
        <source>File &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="42"/>
        <source>File-name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="44"/>
        <source>Default &amp;output format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="45"/>
        <source>Default output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="46"/>
        <source>&amp;Confirm above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="47"/>
        <source>Confirmation threshold in credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="48"/>
        <source>&amp;Daily cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="49"/>
        <source>Daily spending cap in credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="49"/>
        <source>Nothing is sent once the credits of the jobs FASHN accepted today would pass this. The command-line tool keeps the same cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="50"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="51"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="55"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="58"/>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="59"/>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="61"/>
        <source>Jobs at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="62"/>
        <source>Jobs in flight at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="63"/>
        <source>&amp;Submissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="66"/>
        <source>Submissions per window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="67"/>
        <location filename="../ui/SettingsDialog.ui" line="76"/>
        <location filename="../ui/SettingsDialog.ui" line="85"/>
        <source>per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="68"/>
        <source>Submission window in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="68"/>
        <location filename="../ui/SettingsDialog.ui" line="77"/>
        <location filename="../ui/SettingsDialog.ui" line="86"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="72"/>
        <source>S&amp;tatus checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="75"/>
        <source>Status checks per window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="77"/>
        <source>Status window in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="81"/>
        <source>C&amp;redit checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="84"/>
        <source>Credit checks per window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="86"/>
        <source>Credit-check window in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="91"/>
        <source>Restore FASHN&apos;s &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="27"/>
        <source>%1 (FASHN said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="45"/>
        <source>FASHN rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="47"/>
        <source>FASHN did not accept the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="49"/>
        <source>FASHN does not know this prediction; it may have been deleted after 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="52"/>
        <source>FASHN&apos;s rate limit was reached and the retries did not get through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="54"/>
        <source>Too many predictions are running on this FASHN account at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="56"/>
        <source>The FASHN account has no credits left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="58"/>
        <source>The FASHN server had an internal error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="60"/>
        <source>The FASHN server had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="62"/>
        <source>Could not reach the FASHN server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="64"/>
        <source>The FASHN server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="66"/>
        <source>FASHN may have received the request and charged for it (the connection broke, or something other than FASHN answered); it was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="70"/>
        <source>The FASHN server sent a reply that could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="72"/>
        <source>The API address must use https (plain http only for this computer); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="75"/>
        <source>No FASHN API key is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="77"/>
        <source>The result is no longer available: FASHN deletes outputs after 72 hours, and inline (base64) outputs after 60 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="80"/>
        <source>The downloaded output is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="88"/>
        <source>FASHN could not load or decode an input image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="90"/>
        <source>The inputs were blocked by content moderation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="92"/>
        <source>The inputs are not valid for this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="94"/>
        <source>No body pose could be found in the model image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="96"/>
        <source>The inputs were flagged as explicit content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="98"/>
        <source>The garment photo type could not be handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="100"/>
        <source>A service FASHN depends on failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="102"/>
        <source>FASHN is overloaded right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="104"/>
        <source>FASHN&apos;s processing pipeline failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="106"/>
        <source>FASHN had an internal error while processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="108"/>
        <source>FASHN could not load a model component for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="110"/>
        <source>The prediction did not finish before the app stopped waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="112"/>
        <source>The prediction failed without a reason from FASHN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="113"/>
        <source>The prediction failed with the error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="128"/>
        <source>Preparing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="130"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="132"/>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="134"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="136"/>
        <source>Saving results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="138"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="140"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="142"/>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="144"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="146"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="148"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="158"/>
        <source>In queue at FASHN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="160"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="161"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="171"/>
        <source>Dropped: resume leaves it alone; files saved for it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="173"/>
        <source>Resubmitted as job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="175"/>
        <source>Cancelled before it was sent; no credits were spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="176"/>
        <source>Stopped following prediction %1; FASHN has no cancel endpoint, so it may still finish and be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/text/Wording.cpp" line="184"/>
        <source>%n output(s) saved; the others could not be: %1</source>
        <translation>
            <numerusform>%n output saved; the others could not be: %1</numerusform>
            <numerusform>%n outputs saved; the others could not be: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="187"/>
        <source>Saved, with problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="190"/>
        <source>FASHN accepted this job as prediction %1 and may charge for it, but its status could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="197"/>
        <source>The model %1 is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="198"/>
        <source>%1: %2 Nothing was sent and no credits were spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="202"/>
        <source>The output folder cannot be written (%1), so nothing was sent; no credits were spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="206"/>
        <source>The job journal could not record this job (%1), so it was not sent; no credits were spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="211"/>
        <source>FASHN ended the prediction as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="214"/>
        <source>Failed predictions cost nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="218"/>
        <source>The app stopped while this job was being sent; FASHN may have received it and charged for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="221"/>
        <source>FASHN completed prediction %1 and charged for it, but its outputs could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="225"/>
        <source>FASHN reported the prediction completed but listed no outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="229"/>
        <source>No credits were spent on this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="231"/>
        <source>The job waits for one of them to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="240"/>
        <source>Check your FASHN history before submitting again: a resubmission is a new charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="243"/>
        <source>FASHN no longer keeps these outputs. Generate again (a new charge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="245"/>
        <source>Resume it to fetch the outputs once the cause is fixed (the key, the network): Resume in the Jobs panel, or fittingroom-cli resume. Submitting it again would be a new charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="250"/>
        <source>Free disk space or check the library folder; the saved outputs are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="258"/>
        <source>Free disk space, or move the journal file aside, then generate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="261"/>
        <source>Free disk space or choose another output folder. FASHN keeps the outputs for 72 hours; the prediction id finds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="263"/>
        <source>Generating again is a new charge; FASHN support can look into the prediction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="266"/>
        <source>Choose another output folder (Settings, or --out), or free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="270"/>
        <source>Choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="271"/>
        <source>Fix or replace the input image, then generate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="275"/>
        <source>Try another photo or different parameters. Failed predictions cost nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="278"/>
        <source>Try again in a little while (a new charge only if it succeeds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="279"/>
        <source>Try again; if it keeps failing, contact FASHN support with the prediction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="284"/>
        <source>Buy credits at fashn.ai, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="287"/>
        <source>Check the API key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="289"/>
        <source>Check the parameters and images, then generate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="291"/>
        <source>Check the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="294"/>
        <source>Check the network connection and retry; a job FASHN never accepted was not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="299"/>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="302"/>
        <source>Generate again (a new charge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="304"/>
        <source>Retry, or check the details with the prediction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="311"/>
        <source>Job %1 is being handled by another Fitting Room process (pid %2 on %3); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="316"/>
        <source>Job %1 is being handled by another Fitting Room process (pid %2); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="328"/>
        <source>FASHN&apos;s rate limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/text/Wording.cpp" line="335"/>
        <source>Prediction %1: %2 Asking again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/text/Wording.cpp" line="346"/>
        <source>Submitting: %1 Trying again in %n s (FASHN created nothing).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/text/Wording.cpp" line="350"/>
        <source>Credits: %1 Asking again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/text/Wording.cpp" line="352"/>
        <source>Download: %1 Trying again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/text/Wording.cpp" line="356"/>
        <source>Status: %1 Asking again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="379"/>
        <source>%1 is not a parameter of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="381"/>
        <source>%1 is required by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="383"/>
        <source>%1 must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="385"/>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="387"/>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="389"/>
        <source>%1 cannot be combined with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="392"/>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="394"/>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="396"/>
        <source>%1 must be an image: a file, an http(s) URL or a data URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="397"/>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="400"/>
        <source>%1: a saved model (saved:NAME) is not accepted here, or the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="404"/>
        <source>%1 is not an image FASHN can read: give a file, an http(s) URL or a data URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="425"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="427"/>
        <source>%1 cannot be read (permissions or a disk error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="429"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="431"/>
        <source>%1 is too large to be an input image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="433"/>
        <source>%1 is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="435"/>
        <source>%1 is cut short: the file ends before the image does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="437"/>
        <source>%1 declares far more pixels than any photo (a decompression bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="440"/>
        <source>%1 could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="442"/>
        <source>%1 is not a regular file (a device, pipe or socket); only image files are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="478"/>
        <source>The batch file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="482"/>
        <source>The batch file is %1, more than the %2 a batch file may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="486"/>
        <source>The batch expands to %1 jobs, more than the %2 one batch may run; split it into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="492"/>
        <source>The batch file holds no job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="495"/>
        <source>this is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="498"/>
        <source>a job is a JSON object: {&quot;model&quot;: ..., &quot;params&quot;: {...}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="501"/>
        <source>&quot;%1&quot; is not part of a job; a job has &quot;model&quot; and &quot;params&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="505"/>
        <source>&quot;params&quot; must be an object of parameter names and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="508"/>
        <source>no model is named (a &quot;model&quot; is needed on every job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="512"/>
        <source>there is no model &quot;%1&quot; (see fittingroom-cli models).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="515"/>
        <source>the column %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="518"/>
        <source>column %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="521"/>
        <source>the row has %1 fields but the header only %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="526"/>
        <source>a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="529"/>
        <source>text follows a closing quote; write a quote inside a quoted field as &quot;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="533"/>
        <source>the list of values of %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="536"/>
        <source>%1: the image %2 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="546"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="547"/>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="catalog-strings.cpp" line="8"/>
        <source>Product to Model</source>
        <extracomment>product-to-model: model title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="10"/>
        <source>Puts a product on a newly generated person, or on your own model photo (try-on mode).</source>
        <extracomment>product-to-model: model description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="12"/>
        <source>Product</source>
        <extracomment>product-to-model.product_image: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="14"/>
        <source>Photo of the product to be worn: clothing, shoes, hats, jewellery, bags or accessories.</source>
        <extracomment>product-to-model.product_image: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="16"/>
        <source>Model</source>
        <extracomment>product-to-model.model_image: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="18"/>
        <source>Photo of the person who should wear the product. Switches to try-on mode; cannot be combined with an inspiration, face or background image.</source>
        <extracomment>product-to-model.model_image: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="20"/>
        <source>Inspiration</source>
        <extracomment>product-to-model.image_prompt: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="22"/>
        <source>Inspiration image that guides pose, environment and lighting while the product stays centred.</source>
        <extracomment>product-to-model.image_prompt: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="24"/>
        <source>Face</source>
        <extracomment>product-to-model.face_reference: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="26"/>
        <source>Face identity reference: the generated person is refined to look like this face. Adds 3 credits per image.</source>
        <extracomment>product-to-model.face_reference: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="28"/>
        <source>Face match</source>
        <extracomment>product-to-model.face_reference_mode: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="30"/>
        <source>match_reference favours the reference face&apos;s pose and expression; match_base gives more weight to the prompt.</source>
        <extracomment>product-to-model.face_reference_mode: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="32"/>
        <source>Follow the prompt</source>
        <extracomment>product-to-model.face_reference_mode=match_base: value label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="34"/>
        <source>Follow the reference</source>
        <extracomment>product-to-model.face_reference_mode=match_reference: value label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="36"/>
        <source>Prompt</source>
        <extracomment>product-to-model.prompt: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="38"/>
        <source>Extra instructions for the person, styling or background, e.g. &quot;tucked-in&quot;, &quot;studio background&quot;.</source>
        <extracomment>product-to-model.prompt: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="40"/>
        <source>Aspect ratio</source>
        <extracomment>product-to-model.aspect_ratio: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="42"/>
        <source>Output aspect ratio. When not set, it follows the most specific image: model, background, inspiration, then product.</source>
        <extracomment>product-to-model.aspect_ratio: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="44"/>
        <source>Resolution</source>
        <extracomment>product-to-model.resolution: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="46"/>
        <source>Output resolution tier: 1k is about 1 megapixel, 2k about 4 and 4k about 16.</source>
        <extracomment>product-to-model.resolution: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="48"/>
        <source>1k (~1 MP)</source>
        <extracomment>product-to-model.resolution=1k: value label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="50"/>
        <source>2k (~4 MP)</source>
        <extracomment>product-to-model.resolution=2k: value label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="52"/>
        <source>4k (~16 MP)</source>
        <extracomment>product-to-model.resolution=4k: value label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="54"/>
        <source>Generation mode</source>
        <extracomment>product-to-model.generation_mode: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="56"/>
        <source>fast is cheapest and quickest, quality the most detailed. When not set, FASHN chooses automatically.</source>
        <extracomment>product-to-model.generation_mode: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="58"/>
        <source>Background</source>
        <extracomment>product-to-model.background_reference: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="60"/>
        <source>Backdrop for the generation; people in it are ignored.</source>
        <extracomment>product-to-model.background_reference: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="62"/>
        <source>Seed</source>
        <extracomment>product-to-model.seed: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="64"/>
        <source>Same seed and inputs reproduce a result; another seed gives a different one.</source>
        <extracomment>product-to-model.seed: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="66"/>
        <source>Images</source>
        <extracomment>product-to-model.num_images: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="68"/>
        <source>Number of images generated by one request; each one is billed.</source>
        <extracomment>product-to-model.num_images: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="70"/>
        <source>Format</source>
        <extracomment>product-to-model.output_format: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="72"/>
        <source>png keeps full quality; jpeg gives smaller files.</source>
        <extracomment>product-to-model.output_format: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="74"/>
        <source>Return inline</source>
        <extracomment>product-to-model.return_base64: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="76"/>
        <source>Outputs come back inline instead of as CDN links and are not stored on FASHN&apos;s servers; they expire after 60 minutes.</source>
        <extracomment>product-to-model.return_base64: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="78"/>
        <source>Virtual Try-On (legacy request)</source>
        <extracomment>tryon-legacy: model title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="80"/>
        <source>The older flat try-on request that FASHN&apos;s sample apps still send.</source>
        <extracomment>tryon-legacy: model description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="82"/>
        <source>Photo of the person who tries the garment on, or saved:NAME for a model saved in FASHN Studio.</source>
        <extracomment>tryon-legacy.model_image: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="84"/>
        <source>Garment</source>
        <extracomment>tryon-legacy.garment_image: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="86"/>
        <source>Reference image of the clothing item.</source>
        <extracomment>tryon-legacy.garment_image: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="88"/>
        <source>Category</source>
        <extracomment>tryon-legacy.category: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="90"/>
        <source>Garment type; auto detects it.</source>
        <extracomment>tryon-legacy.category: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="92"/>
        <source>Moderation</source>
        <extracomment>tryon-legacy.moderation_level: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="94"/>
        <source>conservative blocks underwear, swimwear and revealing outfits; permissive blocks explicit nudity only; none disables moderation.</source>
        <extracomment>tryon-legacy.moderation_level: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="96"/>
        <source>Cover feet</source>
        <extracomment>tryon-legacy.cover_feet: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="98"/>
        <source>Lets long garments cover the feet or change the shoes.</source>
        <extracomment>tryon-legacy.cover_feet: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="100"/>
        <source>Adjust hands</source>
        <extracomment>tryon-legacy.adjust_hands: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="102"/>
        <source>Lets the hands change: remove gloves, take hands out of pockets, sleeves over the hands.</source>
        <extracomment>tryon-legacy.adjust_hands: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="104"/>
        <source>Restore background</source>
        <extracomment>tryon-legacy.restore_background: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="106"/>
        <source>Extra steps to keep the original background; slower, not needed for simple backgrounds.</source>
        <extracomment>tryon-legacy.restore_background: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="108"/>
        <source>Restore clothes</source>
        <extracomment>tryon-legacy.restore_clothes: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="110"/>
        <source>Extra steps to keep the clothes that are not swapped, e.g. the trousers when trying on a top.</source>
        <extracomment>tryon-legacy.restore_clothes: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="112"/>
        <source>Garment photo</source>
        <extracomment>tryon-legacy.garment_photo_type: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="114"/>
        <source>flat-lay for flat-lay or ghost mannequin photos, model for garments worn by someone.</source>
        <extracomment>tryon-legacy.garment_photo_type: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="116"/>
        <source>Long top</source>
        <extracomment>tryon-legacy.long_top: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="118"/>
        <source>Better results for long tops: longline shirts, tunics, coats.</source>
        <extracomment>tryon-legacy.long_top: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="120"/>
        <source>Mode</source>
        <extracomment>tryon-legacy.mode: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="122"/>
        <source>performance is fastest, quality is slowest and most detailed.</source>
        <extracomment>tryon-legacy.mode: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="124"/>
        <source>Try-On Max</source>
        <extracomment>tryon-max: model title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="126"/>
        <source>FASHN&apos;s newest try-on: your model photo wearing the product, at up to 4k.</source>
        <extracomment>tryon-max: model description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="128"/>
        <source>Photo of the product to be worn.</source>
        <extracomment>tryon-max.product_image: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="130"/>
        <source>Photo of the person who should wear the product.</source>
        <extracomment>tryon-max.model_image: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="132"/>
        <source>Styling instructions, e.g. &quot;tucked-in&quot;, &quot;open jacket&quot;.</source>
        <extracomment>tryon-max.prompt: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="134"/>
        <source>quality is the most detailed; when not set, billed as balanced.</source>
        <extracomment>tryon-max.generation_mode: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="136"/>
        <source>Outputs come back inline instead of as CDN links; they expire after 60 minutes.</source>
        <extracomment>tryon-max.return_base64: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="138"/>
        <source>Virtual Try-On v1.6</source>
        <extracomment>tryon-v1.6: model title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="140"/>
        <source>Dresses your model photo in a garment photo.</source>
        <extracomment>tryon-v1.6: model description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="142"/>
        <source>Photo of the garment: flat-lay, ghost mannequin or worn by someone.</source>
        <extracomment>tryon-v1.6.garment_image: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="144"/>
        <source>Segmentation free</source>
        <extracomment>tryon-v1.6.segmentation_free: label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="catalog-strings.cpp" line="146"/>
        <source>Direct garment fitting without clothing segmentation; turn off if the original garment shows through.</source>
        <extracomment>tryon-v1.6.segmentation_free: help</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::CliApp</name>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="132"/>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="180"/>
        <source>--sandbox-time-scale must be a number between 0 and 10, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="192"/>
        <source>Unknown option %1. See fittingroom-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="206"/>
        <source>Ignoring a catalog override: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="138"/>
        <source>%1 needs a value; %2 is an option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="157"/>
        <source>--max-credits must be a whole number of credits, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="230"/>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="244"/>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="249"/>
        <source>%1 is given twice; give each parameter once (a batch file runs a list of values: fittingroom-cli batch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="256"/>
        <source>%1 is not a parameter of %2; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="306"/>
        <location filename="../src/cli/CliApp.cpp" line="362"/>
        <location filename="../src/cli/CliRun.cpp" line="26"/>
        <source>Unknown model &quot;%1&quot;. Models: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="323"/>
        <source> default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="329"/>
        <source> one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="334"/>
        <source> %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="338"/>
        <source> not with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="344"/>
        <source> required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="357"/>
        <source>estimate needs a model: fittingroom-cli estimate MODEL NAME=VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="371"/>
        <source>The catalog has no price for these parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliApp.cpp" line="378"/>
        <location filename="../src/cli/CliApp.cpp" line="552"/>
        <location filename="../src/cli/CliBatch.cpp" line="162"/>
        <location filename="../src/cli/CliBatch.cpp" line="173"/>
        <location filename="../src/cli/CliResume.cpp" line="242"/>
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="379"/>
        <source>%1 per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="381"/>
        <source> + %1 for the face reference</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="410"/>
        <source>Could not start the local sandbox on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="446"/>
        <source>Using the local FASHN sandbox at %1 (outputs are marked SANDBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="452"/>
        <source>The API base URL %1 is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="458"/>
        <source>No API key: set FASHN_API_KEY to your FASHN key, or add --sandbox to try the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="465"/>
        <source>The API key contains a line break or another character that is not printable ASCII; nothing was sent. Copy the key again into FASHN_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="490"/>
        <source>status needs one prediction id: fittingroom-cli status ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="522"/>
        <source>(inline image, %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="553"/>
        <source>  subscription %1, on demand %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="21"/>
        <source>run needs a model: fittingroom-cli run MODEL NAME=VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="120"/>
        <source>batch needs one file: fittingroom-cli batch FILE [--yes] [--max-credits N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="127"/>
        <source>Nothing was sent: %n problem(s) in %1.</source>
        <translation>
            <numerusform>Nothing was sent: %n problem in %1.</numerusform>
            <numerusform>Nothing was sent: %n problems in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="140"/>
        <location filename="../src/cli/CliRun.cpp" line="39"/>
        <source>Cannot create the output folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="162"/>
        <source>%n job(s), %1 in total.</source>
        <translation>
            <numerusform>%n job, %1 in total.</numerusform>
            <numerusform>%n jobs, %1 in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="165"/>
        <source>Nothing was sent: the batch costs %n credit(s), more than --max-credits %1.</source>
        <translation>
            <numerusform>Nothing was sent: the batch costs %n credit, more than --max-credits %1.</numerusform>
            <numerusform>Nothing was sent: the batch costs %n credits, more than --max-credits %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="289"/>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="290"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="291"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="187"/>
        <source>done %1, failed %2, running %3, queued %4; %n credit(s) spent</source>
        <translation>
            <numerusform>done %1, failed %2, running %3, queued %4; %n credit spent</numerusform>
            <numerusform>done %1, failed %2, running %3, queued %4; %n credits spent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="172"/>
        <source>Send %n job(s) for %1?</source>
        <translation>
            <numerusform>Send %n job for %1?</numerusform>
            <numerusform>Send %n jobs for %1?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="199"/>
        <source>, about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="282"/>
        <source>Nothing was sent: without a terminal to confirm on, add --yes to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="285"/>
        <source> [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="343"/>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="345"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="346"/>
        <source>Line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="350"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="356"/>
        <source>%n of %1 job(s) completed</source>
        <translation>
            <numerusform>%n of %1 jobs completed</numerusform>
            <numerusform>%n of %1 jobs completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="357"/>
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n file saved in %1</numerusform>
            <numerusform>%n files saved in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBatch.cpp" line="358"/>
        <source>%n credit(s) charged</source>
        <translation>
            <numerusform>%n credit charged</numerusform>
            <numerusform>%n credits charged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliBatch.cpp" line="359"/>
        <source>%1 estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="50"/>
        <source>Estimated cost: %n credit(s).</source>
        <translation>
            <numerusform>Estimated cost: %n credit.</numerusform>
            <numerusform>Estimated cost: %n credits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="61"/>
        <source>Preparing the input images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="64"/>
        <source>Queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="65"/>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="68"/>
        <source>Submitting to FASHN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="71"/>
        <source>Prediction %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="74"/>
        <source>Completed; saving %n output(s)…</source>
        <translation>
            <numerusform>Completed; saving %n output…</numerusform>
            <numerusform>Completed; saving %n outputs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="123"/>
        <source>Saved %n result(s) in %1</source>
        <translation>
            <numerusform>Saved %n result in %1</numerusform>
            <numerusform>Saved %n results in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="126"/>
        <source> (%n credit(s) used)</source>
        <translation>
            <numerusform> (%n credit used)</numerusform>
            <numerusform> (%n credits used)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliJournal.cpp" line="46"/>
        <source>Nothing was sent: %n credit(s) spent today and %1 more would go over the daily cap of %2 (setting spend/dailyCreditCap).</source>
        <translation>
            <numerusform>Nothing was sent: %n credit spent today and %1 more would go over the daily cap of %2 (setting spend/dailyCreditCap).</numerusform>
            <numerusform>Nothing was sent: %n credits spent today and %1 more would go over the daily cap of %2 (setting spend/dailyCreditCap).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliJournal.cpp" line="59"/>
        <source>%n unfinished job(s) from an earlier run are in the journal (fittingroom-cli jobs --state unfinished lists them).</source>
        <translation>
            <numerusform>%n unfinished job from an earlier run is in the journal (fittingroom-cli jobs --state unfinished lists it).</numerusform>
            <numerusform>%n unfinished jobs from an earlier run are in the journal (fittingroom-cli jobs --state unfinished lists them).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="63"/>
        <source>fittingroom-cli resume finishes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="70"/>
        <source>jobs takes no arguments: fittingroom-cli jobs [--state STATE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="80"/>
        <source>Unknown state &quot;%1&quot;. States: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="130"/>
        <source>No jobs in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="137"/>
        <source>spend takes no arguments: fittingroom-cli spend [--since YYYY-MM-DD] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="144"/>
        <source>--since needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliJournal.cpp" line="215"/>
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="216"/>
        <source>%1 estimated, %2 charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliJournal.cpp" line="218"/>
        <source>(%n job(s) without a reported charge)</source>
        <translation>
            <numerusform>(%n job without a reported charge)</numerusform>
            <numerusform>(%n jobs without a reported charge)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="221"/>
        <source>Credits per day since %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="222"/>
        <source>Credits per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="226"/>
        <source>Credits per model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="229"/>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliJournal.cpp" line="230"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="35"/>
        <source>resume takes no arguments: fittingroom-cli resume [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="39"/>
        <source>resume works on the journal of paid runs; sandbox runs are not kept in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliResume.cpp" line="81"/>
        <source>Resuming %n job(s):</source>
        <translation>
            <numerusform>Resuming %n job:</numerusform>
            <numerusform>Resuming %n jobs:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliResume.cpp" line="82"/>
        <source>%n accepted by FASHN (polled and saved, no new charge)</source>
        <translation>
            <numerusform>%n accepted by FASHN (polled and saved, no new charge)</numerusform>
            <numerusform>%n accepted by FASHN (polled and saved, no new charge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliResume.cpp" line="83"/>
        <source>%n never sent (sent now)</source>
        <translation>
            <numerusform>%n never sent (sent now)</numerusform>
            <numerusform>%n never sent (sent now)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliResume.cpp" line="86"/>
        <source>%n interrupted while being sent (uncertain, not resent)</source>
        <translation>
            <numerusform>%n interrupted while being sent (uncertain, not resent)</numerusform>
            <numerusform>%n interrupted while being sent (uncertain, not resent)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="104"/>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliResume.cpp" line="150"/>
        <source>%n job(s) may have been received and charged by FASHN without a result. Check your FASHN history, then send one again with fittingroom-cli resubmit ID (a new charge) or forget it with fittingroom-cli drop ID:</source>
        <translation>
            <numerusform>%n job may have been received and charged by FASHN without a result. Check your FASHN history, then send one again with fittingroom-cli resubmit ID (a new charge) or forget it with fittingroom-cli drop ID:</numerusform>
            <numerusform>%n jobs may have been received and charged by FASHN without a result. Check your FASHN history, then send one again with fittingroom-cli resubmit ID (a new charge) or forget it with fittingroom-cli drop ID:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="173"/>
        <source>Nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="195"/>
        <source>resubmit needs one job id: fittingroom-cli resubmit JOB_ID [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="199"/>
        <source>resubmit works on the journal of paid runs; sandbox runs are not kept in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="212"/>
        <location filename="../src/cli/CliResume.cpp" line="303"/>
        <source>No job %1 in the journal (fittingroom-cli jobs lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="216"/>
        <source>Job %1 was already resubmitted as job %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="220"/>
        <source>Job %1 is not finished (%2): fittingroom-cli resume finishes it without a new charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="226"/>
        <source>Job %1 is completed; its files are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="231"/>
        <source>The model %1 is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="235"/>
        <source>Job %1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="240"/>
        <source>Send it again as a new job for %1? If FASHN received it before, this is a second charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="272"/>
        <source>Could not mark job %1 in the journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="273"/>
        <source>Resubmitted job %1 as job %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="290"/>
        <source>drop needs one job id: fittingroom-cli drop JOB_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="307"/>
        <source>Job %1 is %2 already; resume does not touch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="312"/>
        <source>FASHN accepted job %1 (prediction %2), so it is paid for: fittingroom-cli resume would save its outputs. Add --yes to drop it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="323"/>
        <source>Could not write the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliResume.cpp" line="331"/>
        <source>Dropped job %1; resume leaves it alone, and files saved for it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::ComparePanel</name>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="41"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="41"/>
        <source>Results next to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="42"/>
        <source>Wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="42"/>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="245"/>
        <source>Two results under a divider (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="52"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="52"/>
        <source>Fit every result (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="53"/>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="53"/>
        <source>Actual pixels in every result (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="54"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="54"/>
        <source>Leave the comparison (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="191"/>
        <source>Compare · %1 pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/compare/ComparePanel.cpp" line="246"/>
        <source>The wipe compares exactly two pictures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::ComposerPanel</name>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="51"/>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="54"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="82"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="93"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="96"/>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="98"/>
        <source>Put every setting back to the model&apos;s default; images stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="99"/>
        <source>Reset settings to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="244"/>
        <source>Not used: %1 can&apos;t be combined with a %2 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="260"/>
        <source>Only used with a %1 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="312"/>
        <source>Checking the %1 image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="314"/>
        <source>%1 image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="320"/>
        <source>Add a %1 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="322"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="349"/>
        <source>No %1 set: FASHN picks; billed as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="351"/>
        <source>No %1 set: FASHN picks; billed as %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="359"/>
        <source>+1 credit per image with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="360"/>
        <source>+%1 credits per image with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="391"/>
        <source>Generate for %1 credits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="392"/>
        <source>This request costs %1 credits, more than the %2 you asked to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerPanel.cpp" line="395"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::ComposerText</name>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="23"/>
        <source>lower</source>
        <extracomment>Answer &quot;keep&quot; if nouns keep their capital letter inside a sentence in this language (German); otherwise leave &quot;lower&quot;. Not shown to users.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="35"/>
        <source>preview</source>
        <comment>a model FASHN offers ahead of its stable release</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="37"/>
        <source>experimental</source>
        <comment>a model FASHN may change or withdraw</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="39"/>
        <source>legacy</source>
        <comment>an older model FASHN still serves, with an older request shape</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="40"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="48"/>
        <source>Add an image: this model needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="49"/>
        <source>Required by this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="51"/>
        <source>Must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="56"/>
        <source>Longer than the %1 characters allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="58"/>
        <source>Choose one of the listed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="60"/>
        <source>Must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="61"/>
        <source>This value has the wrong form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="64"/>
        <source>Can&apos;t be combined with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="66"/>
        <source>Can&apos;t be combined with another input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="69"/>
        <source>Use an image file, an http(s) link or a data URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="71"/>
        <source>Name the saved model after saved:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="72"/>
        <source>This input does not take a saved model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="74"/>
        <source>Not a parameter of this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="81"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="86"/>
        <source>%1 was not found: it may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="88"/>
        <source>%1 can&apos;t be read: check that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="90"/>
        <source>%1 is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="92"/>
        <source>%1 is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="94"/>
        <source>%1 is not an image (JPEG, PNG, WebP, GIF, BMP or TIFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="96"/>
        <source>%1 is incomplete: the file ends before the image does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="98"/>
        <source>%1 declares far too many pixels to be a photo; it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="100"/>
        <source>%1 could not be decoded; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="102"/>
        <source>%1 is not a regular file (a device or a pipe); choose an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="104"/>
        <source>%1 can&apos;t be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ComposerText.cpp" line="109"/>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::CostBar</name>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="38"/>
        <source>Why Generate is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="104"/>
        <source>No price is listed for these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="107"/>
        <source>%1 images × %2 credits each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="117"/>
        <source>No mode set: FASHN picks; billed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="127"/>
        <source>Balance unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="128"/>
        <source>Balance: 1 credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="129"/>
        <source>Balance: %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="136"/>
        <source>Not enough credits: this costs %1, the balance is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="144"/>
        <source>Generate – 1 credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="145"/>
        <source>Generate – %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="146"/>
        <source>Generate – price unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="148"/>
        <source>Send this request to FASHN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="166"/>
        <source>Spent this session: 1 credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/CostBar.cpp" line="167"/>
        <source>Spent this session: %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::GalleryDelegate</name>
    <message>
        <location filename="../src/widgets/gallery/GalleryDelegate.cpp" line="240"/>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryDelegate.cpp" line="285"/>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::GalleryModel</name>
    <message>
        <location filename="../src/widgets/gallery/GalleryModel.cpp" line="83"/>
        <source>Prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryModel.cpp" line="85"/>
        <source>Seed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryModel.cpp" line="87"/>
        <source>Result %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::GalleryPanel</name>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="112"/>
        <source>Filter by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="115"/>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="117"/>
        <source>Search prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="152"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="190"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="192"/>
        <source>Show in &amp;File Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="193"/>
        <source>&amp;Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="195"/>
        <source>Use as &amp;Model Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="197"/>
        <source>How It Was &amp;Made…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="201"/>
        <source>Com&amp;pare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="203"/>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="374"/>
        <source>Move to &amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="321"/>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="340"/>
        <source>%1 of %n result(s)</source>
        <translation>
            <numerusform>%1 of %n result</numerusform>
            <numerusform>%1 of %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="342"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="347"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Results you generate appear here.&lt;/p&gt;&lt;p&gt;They are saved in &lt;b&gt;%1&lt;/b&gt;, each with a .json file that records how it was made. Results saved by the command-line tool into that folder show up too.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="353"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No results match the filter.&lt;/p&gt;&lt;p&gt;Choose “All models” or clear the search to see all %n result(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;font-size:large&apos;&gt;No results match the filter.&lt;/p&gt;&lt;p&gt;Choose “All models” or clear the search to see all %n result.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;font-size:large&apos;&gt;No results match the filter.&lt;/p&gt;&lt;p&gt;Choose “All models” or clear the search to see all %n results.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="370"/>
        <source>Com&amp;pare %n Results</source>
        <translation>
            <numerusform>Com&amp;pare %n Results</numerusform>
            <numerusform>Com&amp;pare %n Results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="371"/>
        <source>Com&amp;pare (select 2–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="373"/>
        <source>Move %n Results to &amp;Trash…</source>
        <translation>
            <numerusform>Move %n Results to &amp;Trash…</numerusform>
            <numerusform>Move %n Results to &amp;Trash…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="482"/>
        <source>Move “%1” and its description to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="484"/>
        <source>Move %n results and their descriptions to the trash?</source>
        <translation>
            <numerusform>Move %n results and their descriptions to the trash?</numerusform>
            <numerusform>Move %n results and their descriptions to the trash?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="487"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="517"/>
        <source>Not moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/gallery/GalleryPanel.cpp" line="518"/>
        <source>%n result(s) could not be moved to the trash, so they were left in place. The system trash may not be available for this folder; delete them from your file manager if you want them gone.</source>
        <translation>
            <numerusform>%n result could not be moved to the trash, so they were left in place. The system trash may not be available for this folder; delete them from your file manager if you want them gone.</numerusform>
            <numerusform>%n results could not be moved to the trash, so they were left in place. The system trash may not be available for this folder; delete them from your file manager if you want them gone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fr::ImagePyramid</name>
    <message>
        <location filename="../src/widgets/viewer/ImagePyramid.cpp" line="36"/>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::ImageSlot</name>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="60"/>
        <source>%1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="76"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="76"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="82"/>
        <source>Clear (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="83"/>
        <source>Clear the %1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="98"/>
        <source>%1 image: drop, paste or click to browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="120"/>
        <source>%1 image problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="125"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="126"/>
        <source>Dismiss the %1 image problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="146"/>
        <source>or a saved model&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="147"/>
        <source>A model saved in your FASHN Studio account (saved:NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="148"/>
        <source>Saved model name for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="274"/>
        <source>Choose the %1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="275"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="296"/>
        <source>%1 files were given; a slot takes one image at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="312"/>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="344"/>
        <source>%1: links can&apos;t be sent to FASHN; use an image file or an http(s) link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="324"/>
        <source>That is not an image, a file or a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="331"/>
        <source>Several lines were given; a slot takes one image at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="347"/>
        <source>That text is not an image link or a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="365"/>
        <source>pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="386"/>
        <source>The pasted image could not be saved to the cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="388"/>
        <source>&quot;%1&quot; is a folder; drop a single image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="400"/>
        <source>This link is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="410"/>
        <source>This input does not take a saved model; use an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="414"/>
        <source>Name the saved model after saved:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="462"/>
        <source>Drop an %1 photo here, paste, or click to browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="463"/>
        <source>Drop a %1 photo here, paste, or click to browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="472"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="476"/>
        <source>Web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="478"/>
        <source>Sent to FASHN as a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="480"/>
        <source>saved model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="482"/>
        <source>A model saved in your FASHN Studio account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="484"/>
        <source>Embedded image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="484"/>
        <source>data URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="485"/>
        <source>Sent as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="490"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="492"/>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="492"/>
        <source>JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="493"/>
        <source>→ uploads %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ImageSlot.cpp" line="509"/>
        <source>The previous image is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::JobsModel</name>
    <message>
        <location filename="../src/widgets/jobs/JobDelegate.cpp" line="184"/>
        <source>%1 of ~%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsModel.cpp" line="57"/>
        <source>Paused for credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsModel.cpp" line="81"/>
        <source>Prediction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsModel.cpp" line="117"/>
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsModel.cpp" line="119"/>
        <location filename="../src/widgets/jobs/JobsModel.cpp" line="122"/>
        <source>no charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsModel.cpp" line="125"/>
        <source>est. %n credit(s)</source>
        <translation>
            <numerusform>est. %n credit</numerusform>
            <numerusform>est. %n credits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fr::JobsPanel</name>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="49"/>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="90"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="66"/>
        <source>&lt;b&gt;Out of credits.&lt;/b&gt; Queued jobs wait. Buy credits at fashn.ai, then &lt;a href=&quot;resume&quot;&gt;resume&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="84"/>
        <source>Jobs you generate appear here.
Keep composing while they run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="105"/>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="276"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="106"/>
        <source>Stop this job (a job already at FASHN may still be charged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="107"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="107"/>
        <source>Send the same job again (a new charge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="108"/>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="274"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="109"/>
        <source>Follow this job at FASHN again and save its results (no new charge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="112"/>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="271"/>
        <source>Open results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="112"/>
        <source>Show this job&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="114"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="115"/>
        <source>Remove finished jobs from this list (files stay in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="188"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="190"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="192"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="194"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n need attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="229"/>
        <source>Send this job to FASHN again? It is a new prediction: about %n credit(s) are charged when it completes.</source>
        <translation>
            <numerusform>Send this job to FASHN again? It is a new prediction: about %n credit are charged when it completes.</numerusform>
            <numerusform>Send this job to FASHN again? It is a new prediction: about %n credits are charged when it completes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="235"/>
        <source>The first attempt may also have been received and charged (prediction unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="236"/>
        <source>Retry job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="236"/>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="275"/>
        <source>Retry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/jobs/JobsPanel.cpp" line="279"/>
        <source>Copy prediction id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::MainWindow</name>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="56"/>
        <source>API key not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="57"/>
        <source>The system keychain did not store the key: %1

The studio keeps using the key it had. Unlock or set up the keychain, then enter the key again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="100"/>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="101"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="102"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="128"/>
        <source>The chosen model takes no model image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="162"/>
        <source>Out of credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="177"/>
        <source>Nothing to paste: copy an image, an image file or an image link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="191"/>
        <source>Select two to four results in the gallery to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="196"/>
        <source>Product image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="197"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="229"/>
        <location filename="../src/widgets/main/MainWindow.cpp" line="248"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="231"/>
        <source>&lt;b&gt;Not connected.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="233"/>
        <source>&lt;b&gt;Sandbox mode.&lt;/b&gt; Results are simulated on this computer (stamped SANDBOX) and cost nothing. To generate real results, add your FASHN API key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="249"/>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="250"/>
        <source>FASHN · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="251"/>
        <source>Fitting Room — Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="251"/>
        <source>Fitting Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="263"/>
        <source>Balance: key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="264"/>
        <source>Balance unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/main/MainWindow.cpp" line="268"/>
        <source>Balance: %n credit(s)</source>
        <translation>
            <numerusform>Balance: %n credit</numerusform>
            <numerusform>Balance: %n credits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="270"/>
        <source>Subscription %1 · on demand %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="284"/>
        <source>Not sent: %1 credits spent today and %2 more would pass your daily cap of %3 credits (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="298"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/main/MainWindow.cpp" line="321"/>
        <source>%n result(s) saved.</source>
        <translation>
            <numerusform>%n result saved.</numerusform>
            <numerusform>%n results saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="377"/>
        <source>Delete|Clear the focused slot, or move the selected results to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="378"/>
        <source>Enter|Open the selected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="379"/>
        <source>Ctrl+C|Copy the selected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="380"/>
        <source>Left / Right|Previous / next result in the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="381"/>
        <source>Wheel|Zoom at the cursor; drag to pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="382"/>
        <source>0 / 1|Fit / 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="383"/>
        <source>W|Wipe mode in compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="384"/>
        <source>Esc|Leave compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="390"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="400"/>
        <source>About Fitting Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/main/MainWindow.cpp" line="401"/>
        <source>&lt;b&gt;Fitting Room %1&lt;/b&gt;&lt;p&gt;A desktop studio for the FASHN AI API: product to model and virtual try-on, with every result kept on your disk.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::ParameterForm</name>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="114"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="115"/>
        <source>Not set: FASHN decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="153"/>
        <source>Keep this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="156"/>
        <source>New random %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="158"/>
        <source>New random %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="162"/>
        <source>Locked: every Generate uses this %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="164"/>
        <source>Unlocked: every Generate picks a new random %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="191"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="217"/>
        <source>%1 length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="223"/>
        <source>%1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/composer/ParameterForm.cpp" line="428"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::ProvenanceDialog</name>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="24"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="24"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="83"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="84"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="85"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="89"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="90"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="92"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="96"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="103"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="115"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="116"/>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="117"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="119"/>
        <source>Credits used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="122"/>
        <source>Credits estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="123"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="124"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="125"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="126"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="135"/>
        <source>How %1 was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="141"/>
        <source>&lt;p&gt;This result has no readable description (its .json file is missing or damaged).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/gallery/ProvenanceDialog.cpp" line="146"/>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::SettingsDialog</name>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="41"/>
        <source>Automatic: FASHN with a key, the local sandbox without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="43"/>
        <source>FASHN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="44"/>
        <source>Local sandbox (simulated results, no credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="46"/>
        <source>As the model prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="47"/>
        <source>PNG (full quality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="48"/>
        <source>JPEG (smaller files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="49"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="53"/>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="55"/>
        <source> credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="54"/>
        <source>Never ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="56"/>
        <source>No cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="57"/>
        <source>fa-…  (leave empty to keep the stored key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="59"/>
        <source>The key is kept in the system keychain, never in a settings file. Create one at &lt;a href=&quot;https://app.fashn.ai/api&quot;&gt;app.fashn.ai/api&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="62"/>
        <source>Fields: {date} {model} {id} {seed} {n}. {n} (the output number) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="64"/>
        <source>FASHN allows 50 submissions a minute, 50 status checks and 30 credit checks per 10 seconds, and 6 jobs at once. Raise these only if FASHN raised your quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="74"/>
        <source>The stored key will be removed when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="88"/>
        <source>Library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="132"/>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="138"/>
        <source>Stored key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="142"/>
        <source>No key stored: the studio uses the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="145"/>
        <source>The system keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="157"/>
        <source>The template needs {n} so that several outputs of one job get different names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="167"/>
        <source>Example: %1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="176"/>
        <source>https only; plain http only for this computer (loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="177"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="205"/>
        <source>Asking %1 for the account&apos;s credits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="216"/>
        <source>The key works: %n credit(s) left.</source>
        <translation>
            <numerusform>The key works: %n credit left.</numerusform>
            <numerusform>The key works: %n credits left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="219"/>
        <source>FASHN refused this key (401). Check that it was copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="222"/>
        <source>There is no key to test: type one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="226"/>
        <source>FASHN could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/SettingsDialog.cpp" line="229"/>
        <source>FASHN answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::ViewerPanel</name>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="23"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="23"/>
        <source>Fit the image in the view (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="24"/>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="24"/>
        <source>Show actual pixels (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="25"/>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="26"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="27"/>
        <source>Previous result (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="28"/>
        <source>Next result (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ViewerPanel.cpp" line="153"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::WipeView</name>
    <message>
        <location filename="../src/widgets/compare/WipeView.cpp" line="96"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fr::ZoomView</name>
    <message>
        <location filename="../src/widgets/viewer/ZoomView.cpp" line="120"/>
        <source>The image could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ZoomView.cpp" line="378"/>
        <source>Fit · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ZoomView.cpp" line="396"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/viewer/ZoomView.cpp" line="417"/>
        <source>Can&apos;t show this image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
