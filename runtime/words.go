package runtime

import "strings"

// Static word tables for plain strings, keys, e-mail local parts and host
// names. All lowercase ASCII letters, no digits, so a numeric suffix never
// makes one word into another.

// commonWords holds 256 distinct everyday English words of 2 to 9 letters.
// AppendKey relies on the count: word i sits in key class i%64.
var commonWords = strings.Fields(`
able account active actor adventure advice agent air alarm album amber
anchor angle animal answer apple april arch area arrow art atlas autumn
badge baker ball balloon band bank banner barley basket beach beacon
bean bear beauty bell berry bicycle bird blade blanket bloom blue board
boat body bone book border bottle branch brass bread breeze brick bridge
bright brook brush bucket budget bundle butter butterfly button cabin
cable cactus cake camera camp canal candle canvas canyon capital card
cargo carpet castle cedar cellar chalk channel chapter cherry chess
chocolate circle city clay cliff clock cloud clover coast cobalt coffee
comet copper coral corner cotton cousin crane credit crystal cup curtain
daisy dawn delta desert desk detail diamond dinner dolphin door dragon
drawer dream drum eagle earth echo edge ember engine falcon farm feather
fern field finch fire flag flame flute forest fossil fountain fox frame
garden garnet gate ginger glacier glass globe glove go gold granite
grape grove guitar habit hammer harbor harvest hazel heart helmet hill
honey horizon hotel island ivory jacket jade jasmine jelly jewel journey
jungle kettle kite ladder lagoon lake lamp lantern leaf lemon letter
library lily linen lion lotus magnet maple marble market meadow melody
meteor mirror moon morning mosaic mountain music needle nest noble north
oak ocean olive on orange orchard otter owl ox palace paper parcel pearl
pebble pepper piano pillow pine planet plaza pocket pond poppy prairie
prism puzzle quartz quill rabbit rain raven reef ribbon river robin
rocket saddle salmon sand signal silver telescope up waterfall`)

// firstNames and lastNames make e-mail local parts.
var firstNames = strings.Fields(`
olivia liam emma noah ava oliver sophia elijah isabella james mia
william amelia benjamin harper lucas evelyn henry abigail theo emily
jack ella levi grace mateo chloe ezra nora owen lily leo hannah
aiden zoe samuel layla david aria joseph ruby daniel alice adam
maya omar sara ivan nina ravi priya kenji yuki amara kofi lucia diego
ana marco elena`)

var lastNames = strings.Fields(`
smith johnson williams brown jones garcia miller davis rodriguez martinez
wilson anderson taylor thomas moore jackson martin lee thompson white
harris clark lewis robinson walker young allen king wright scott green
baker adams nelson hill campbell mitchell roberts carter phillips evans
turner torres parker collins edwards stewart morris murphy cook rogers
patel kim nguyen chen singh okafor rossi muller silva novak`)

// hostWords are service-like first labels of host names.
var hostWords = strings.Fields(`
api app auth billing blog cdn cloud dashboard data db dev docs edge files
gateway git help id images login mail media metrics news pay portal proxy
search shop sso staging static status store support vpn web www`)

// orgWords are fictional organisations, used under .test and .example.
var orgWords = strings.Fields(`
acme globex initech umbrella hooli stark wayne wonka tyrell cyberdyne
soylent vandelay dunder oscorp massive contoso fabrikam northwind
tailspin litware`)

// maxWordLen is the longest word in commonWords.
const maxWordLen = 9

// wordsByLen[n] lists the common words of n letters; wordsByLen[1] holds
// single letters, so every length up to maxWordLen can be filled exactly.
var wordsByLen = func() (t [maxWordLen + 1][]string) {
	t[1] = strings.Fields("a b c d e f g h i j k l m n o p q r s t u v w x y z")
	for _, w := range commonWords {
		t[len(w)] = append(t[len(w)], w)
	}
	return t
}()
