<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Wording</name>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="20"/>
        <source>%1 (FASHN said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="38"/>
        <source>FASHN rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="40"/>
        <source>FASHN did not accept the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="42"/>
        <source>FASHN does not know this prediction; it may have been deleted after 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="45"/>
        <source>FASHN&apos;s rate limit was reached and the retries did not get through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="47"/>
        <source>Too many predictions are running on this FASHN account at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="49"/>
        <source>The FASHN account has no credits left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="51"/>
        <source>The FASHN server had an internal error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="53"/>
        <source>The FASHN server had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="55"/>
        <source>Could not reach the FASHN server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="57"/>
        <source>The FASHN server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="59"/>
        <source>The connection broke after the request was sent: the prediction may exist and be charged. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="62"/>
        <source>The FASHN server sent a reply that could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="64"/>
        <source>The API address must use https (plain http only for this computer); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="67"/>
        <source>No FASHN API key is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="69"/>
        <source>The result is no longer available: FASHN deletes outputs after 72 hours, and inline (base64) outputs after 60 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="72"/>
        <source>The downloaded output is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="80"/>
        <source>FASHN could not load or decode an input image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="82"/>
        <source>The inputs were blocked by content moderation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="84"/>
        <source>The inputs are not valid for this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="86"/>
        <source>No body pose could be found in the model image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="88"/>
        <source>The inputs were flagged as explicit content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="90"/>
        <source>The garment photo type could not be handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="92"/>
        <source>A service FASHN depends on failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="94"/>
        <source>FASHN is overloaded right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="96"/>
        <source>FASHN&apos;s processing pipeline failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="98"/>
        <source>FASHN had an internal error while processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="100"/>
        <source>FASHN could not load a model component for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="102"/>
        <source>The prediction did not finish before the app stopped waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="104"/>
        <source>The prediction failed without a reason from FASHN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="105"/>
        <source>The prediction failed with the error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="120"/>
        <source>Preparing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="122"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="124"/>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="126"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="128"/>
        <source>Saving results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="130"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="132"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="134"/>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="136"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="138"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="148"/>
        <source>In queue at FASHN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="150"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="151"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="160"/>
        <source>Cancelled before it was sent; no credits were spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="161"/>
        <source>Stopped following prediction %1; FASHN has no cancel endpoint, so it may still finish and be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/text/Wording.cpp" line="169"/>
        <source>%n output(s) saved; the others could not be: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="172"/>
        <source>Saved, with problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="178"/>
        <source>The model %1 is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="179"/>
        <source>%1: %2 Nothing was sent and no credits were spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="184"/>
        <source>FASHN ended the prediction as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="187"/>
        <source>Failed predictions cost nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="191"/>
        <source>The app stopped while this job was being sent; FASHN may have received it and charged for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="194"/>
        <source>FASHN reported the prediction completed but listed no outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="198"/>
        <source>No credits were spent on this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="200"/>
        <source>The job waits for one of them to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="209"/>
        <source>Check your FASHN history before submitting again: a resubmission is a new charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="212"/>
        <source>FASHN no longer keeps these outputs. Generate again (a new charge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="215"/>
        <source>Free disk space or check the library folder; the saved outputs are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="224"/>
        <source>Choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="225"/>
        <source>Fix or replace the input image, then generate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="229"/>
        <source>Try another photo or different parameters. Failed predictions cost nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="232"/>
        <source>Try again in a little while (a new charge only if it succeeds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="233"/>
        <source>Try again; if it keeps failing, contact FASHN support with the prediction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="238"/>
        <source>Buy credits at fashn.ai, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="241"/>
        <source>Check the API key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="243"/>
        <source>Check the parameters and images, then generate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="245"/>
        <source>Check the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="248"/>
        <source>Check the network connection and retry; a job FASHN never accepted was not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="253"/>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="256"/>
        <source>Generate again (a new charge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="258"/>
        <source>Retry, or check the details with the prediction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="282"/>
        <source>%1 is not a parameter of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="284"/>
        <source>%1 is required by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="286"/>
        <source>%1 must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="288"/>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="290"/>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="292"/>
        <source>%1 cannot be combined with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="295"/>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="297"/>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="299"/>
        <source>%1 must be an image: a file, an http(s) URL or a data URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="300"/>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="303"/>
        <source>%1: a saved model (saved:NAME) is not accepted here, or the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="307"/>
        <source>%1 is not an image FASHN can read: give a file, an http(s) URL or a data URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="328"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="330"/>
        <source>%1 cannot be read (permissions or a disk error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="332"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="334"/>
        <source>%1 is too large to be an input image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="336"/>
        <source>%1 is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="338"/>
        <source>%1 is cut short: the file ends before the image does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="340"/>
        <source>%1 declares far more pixels than any photo (a decompression bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/text/Wording.cpp" line="343"/>
        <source>%1 could not be decoded.</source>
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
        <location filename="../src/cli/CliApp.cpp" line="25"/>
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
  --base-url URL       API base URL (default: $FASHN_BASE_URL or %1)
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
        <location filename="../src/cli/CliApp.cpp" line="93"/>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="116"/>
        <source>--sandbox-time-scale must be a number between 0 and 10, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="128"/>
        <source>Unknown option %1. See fittingroom-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="142"/>
        <source>Ignoring a catalog override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="154"/>
        <source>Unknown command &quot;%1&quot;. Commands: models, estimate, run, status, credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="168"/>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="174"/>
        <source>%1 is not a parameter of %2; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="224"/>
        <location filename="../src/cli/CliApp.cpp" line="280"/>
        <location filename="../src/cli/CliRun.cpp" line="26"/>
        <source>Unknown model &quot;%1&quot;. Models: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="241"/>
        <source> default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="247"/>
        <source> one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="252"/>
        <source> %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="256"/>
        <source> not with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="262"/>
        <source> required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="275"/>
        <source>estimate needs a model: fittingroom-cli estimate MODEL NAME=VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="289"/>
        <source>The catalog has no price for these parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliApp.cpp" line="296"/>
        <location filename="../src/cli/CliApp.cpp" line="446"/>
        <source>%n credit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="297"/>
        <source>%1 per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="299"/>
        <source> + %1 for the face reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliApp.cpp" line="300"/>
        <source>, %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="302"/>
        <source>; generation mode not set: billed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="326"/>
        <source>Could not start the local sandbox on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="362"/>
        <source>Using the local FASHN sandbox at %1 (outputs are marked SANDBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="368"/>
        <source>The API base URL %1 is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="373"/>
        <source>No API key: set FASHN_API_KEY to your FASHN key, or add --sandbox to try the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="384"/>
        <source>status needs one prediction id: fittingroom-cli status ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="416"/>
        <source>(inline image, %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="447"/>
        <source>  subscription %1, on demand %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="21"/>
        <source>run needs a model: fittingroom-cli run MODEL NAME=VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="39"/>
        <source>Cannot create the output folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="49"/>
        <source>Estimated cost: %n credit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="58"/>
        <source>Preparing the input images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="61"/>
        <source>Queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="62"/>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="65"/>
        <source>Submitting to FASHN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRun.cpp" line="68"/>
        <source>Prediction %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="71"/>
        <source>Completed; saving %n output(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="120"/>
        <source>Saved %n result(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliRun.cpp" line="123"/>
        <source> (%n credit(s) used)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
