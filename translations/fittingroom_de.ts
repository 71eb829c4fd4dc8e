<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>fr::CliApp</name>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="22"/>
        <source>Usage: fittingroom-cli [options] COMMAND [ARGS]

Commands:
  models [MODEL]                 list the models, or every parameter of one
  estimate MODEL NAME=VALUE...   credits a request would cost
  run MODEL NAME=VALUE...        generate and save the results
  status PREDICTION_ID           ask FASHN about one prediction
  credits                        the account&apos;s remaining credits

An image value is a file path, an http(s) URL or saved:NAME (try-on model_image).
Example:
  fittingroom-cli run product-to-model product_image=shirt.jpg prompt=&quot;studio&quot; resolution=2k --out DIR

Options:
  --json               machine-readable output on stdout
  --out DIR            where results are saved (default: Pictures/Fitting Room)
  --base-url URL       API base URL (default: $FASHN_BASE_URL or https://api.fashn.ai)
  --sandbox            run against a local FASHN sandbox in this process (no key needed)
  --sandbox-time-scale F  speed up the sandbox&apos;s processing times (e.g. 0.1)
  -h, --help           this text;  --version  the version

The API key is read from FASHN_API_KEY.

Exit codes: 0 done; 1 the prediction failed; 2 wrong command, parameters or images (nothing
spent); 3 missing or refused key; 4 out of credits; 5 network or server problem; 6 submission
uncertain (may be charged); 7 outputs expired or not saved; 8 unknown prediction id.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="84"/>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="107"/>
        <source>--sandbox-time-scale must be a number between 0 and 10, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="117"/>
        <source>Unknown option %1. See fittingroom-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="131"/>
        <source>Ignoring a catalog override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="144"/>
        <source>Unknown command &quot;%1&quot;. Commands: models, estimate, run, status, credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="157"/>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="163"/>
        <source>%1 is not a parameter of %2; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="207"/>
        <location filename="../src/cli/CliApp.cpp" line="256"/>
        <location filename="../src/cli/CliRun.cpp" line="24"/>
        <source>Unknown model &quot;%1&quot;. Models: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="220"/>
        <source> default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="225"/>
        <source> one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="230"/>
        <source> %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="234"/>
        <source> not with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="240"/>
        <source> required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="251"/>
        <source>estimate needs a model: fittingroom-cli estimate MODEL NAME=VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="264"/>
        <source>The catalog has no price for these parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliApp.cpp" line="271"/>
        <location filename="../src/cli/CliApp.cpp" line="372"/>
        <source>%n credit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="272"/>
        <source>%1 per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="274"/>
        <source> + %1 for the face reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliApp.cpp" line="275"/>
        <source>, %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="277"/>
        <source>; generation mode not set: billed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="292"/>
        <source>Could not start the local sandbox on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="297"/>
        <source>Using the local FASHN sandbox at %1 (outputs are marked SANDBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="304"/>
        <source>No API key: set FASHN_API_KEY to your FASHN key, or add --sandbox to try the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="315"/>
        <source>status needs one prediction id: fittingroom-cli status ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="344"/>
        <source>(inline image, %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="373"/>
        <source>  subscription %1, on demand %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="19"/>
        <source>run needs a model: fittingroom-cli run MODEL NAME=VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="36"/>
        <source>Cannot create the output folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="55"/>
        <source>Estimated cost: %n credit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="63"/>
        <source>Preparing the input images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="64"/>
        <source>Queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="64"/>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="65"/>
        <source>Submitting to FASHN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="66"/>
        <source>Prediction %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="67"/>
        <source>Completed; saving %n output(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="106"/>
        <source>Saved %n result(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="108"/>
        <source> (%n credit(s) used)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
