package runtime

import "strings"

// en-GB: common given names and surnames of England and Wales, real
// streets' names, real towns with their counties and postcode areas.
var enGB = localeData{
	firstFemale: strings.Fields(`Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia
Grace Freya Willow Florence Emily Ella Poppy Evie Elsie Charlotte Evelyn Sienna
Daisy Sophie Alice Harper Matilda Ruby Emilia Maya Chloe Hannah Jessica Lucy
Sarah Rachel Emma Laura Rebecca Amy Claire Helen Katie Megan Zara Aisha Priya`),
	firstMale: strings.Fields(`Oliver George Noah Arthur Muhammad Leo Oscar Harry Archie
Jack Henry Charlie Freddie Theodore Thomas Finley Theo Alfie Jacob William Isaac
Tommy Joshua James Lucas Alexander Max Edward Samuel Daniel Benjamin Joseph
David Matthew Andrew Christopher Richard Mark Paul Stephen Michael Rhys Owen
Callum Ravi Omar`),
	lastNames: strings.Fields(`Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas
Johnson Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall
Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris
Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson
Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson
Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson
Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers
Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes
Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey`),
	streets: strings.Fields(`High Station Main Park Church London Victoria Green
Manor Kings Queens Grange Mill New Albert School Windsor York North South Alexandra
Springfield Chapel Highfield Richmond Stanley Market Elm Oak Beech Cedar Willow
Meadow Orchard Chestnut Acacia Rectory Moor Westfield Bridge Castle Princes`),
	streetTypes: strings.Fields(`Street Road Lane Avenue Close Drive Way Crescent Gardens
Place Grove Terrace Court Rise Mews`),
	places: []place{
		{"London", "Greater London", "SW", 515074, -1278},
		{"London", "Greater London", "N", 515074, -1278},
		{"London", "Greater London", "E", 515074, -1278},
		{"Manchester", "Greater Manchester", "M", 534808, -22426},
		{"Birmingham", "West Midlands", "B", 524862, -18904},
		{"Leeds", "West Yorkshire", "LS", 538008, -15491},
		{"Sheffield", "South Yorkshire", "S", 533811, -14701},
		{"Liverpool", "Merseyside", "L", 534084, -29916},
		{"Bristol", "Bristol", "BS", 514545, -25879},
		{"Newcastle upon Tyne", "Tyne and Wear", "NE", 549783, -16178},
		{"Nottingham", "Nottinghamshire", "NG", 529548, -11581},
		{"Leicester", "Leicestershire", "LE", 526369, -11398},
		{"Southampton", "Hampshire", "SO", 509097, -14044},
		{"Brighton", "East Sussex", "BN", 508225, -1372},
		{"Oxford", "Oxfordshire", "OX", 517520, -12577},
		{"Cambridge", "Cambridgeshire", "CB", 522053, 1218},
		{"Norwich", "Norfolk", "NR", 526309, 12974},
		{"Exeter", "Devon", "EX", 507184, -35339},
		{"York", "North Yorkshire", "YO", 539600, -10873},
		{"Reading", "Berkshire", "RG", 514543, -9781},
		{"Cardiff", "South Glamorgan", "CF", 514816, -31791},
		{"Swansea", "West Glamorgan", "SA", 516214, -39436},
		{"Edinburgh", "City of Edinburgh", "EH", 559533, -31883},
		{"Glasgow", "Glasgow City", "G", 558642, -42518},
		{"Aberdeen", "Aberdeen City", "AB", 571497, -20943},
		{"Belfast", "County Antrim", "BT", 545973, -59301},
		{"Plymouth", "Devon", "PL", 503755, -41427},
		{"Derby", "Derbyshire", "DE", 529225, -14746},
		{"Coventry", "West Midlands", "CV", 524068, -15197},
		{"Bath", "Somerset", "BA", 513781, -23597},
		{"Canterbury", "Kent", "CT", 512802, 10789},
		{"Chester", "Cheshire", "CH", 531905, -28919},
	},
	country: "United Kingdom", code2: "GB", code3: "GBR",
	currency: "GBP", currencyName: "Pound sterling",
	companySuffixes: []string{"Ltd", "Limited", "plc", "LLP", "& Co", "Group", "Holdings Ltd"},
	titles:          [2][]string{{"Mr", "Mr", "Mr", "Dr"}, {"Mrs", "Ms", "Miss", "Dr"}},
	mx:              "Mx",
}
