package runtime

import "strings"

// Word tables for semantic kinds that do not depend on the locale.

var jobLevels = []string{"", "", "Senior ", "Junior ", "Lead ", "Principal ", "Assistant ", "Head of "}

var jobRoles = strings.Split(`Software Engineer|Data Engineer|Product Manager|Accountant|Sales Executive|Marketing Manager|Nurse|Teacher|Solicitor|Analyst|Designer|Operations Manager|Customer Service Advisor|HR Business Partner|Project Manager|Architect|Pharmacist|Electrician|Consultant|Data Scientist|Recruiter|Buyer|Warehouse Operative|Financial Controller`, "|")

var departments = strings.Split(`Engineering|Finance|Human Resources|Marketing|Sales|Operations|Customer Service|Legal|Procurement|Research and Development|IT|Facilities|Product|Logistics`, "|")

var companyTrades = strings.Split(`Consulting|Logistics|Systems|Foods|Engineering|Digital|Partners|Analytics|Trading|Construction|Media|Healthcare`, "|")

var line2Words = []string{"Flat", "Apartment", "Suite", "Unit", "Floor"}

var userAgents = strings.Split(`Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36|Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15|Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0|Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1|Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36|curl/8.6.0`, "|")

var cardBrands = []string{"Visa", "Mastercard", "American Express", "Discover", "JCB", "Diners Club"}

var productAdjectives = strings.Fields(`Classic Modern Compact Deluxe Ergonomic Rustic Sleek Premium Portable Handmade Vintage Essential`)
var productMaterials = strings.Fields(`Oak Steel Cotton Leather Bamboo Ceramic Glass Wool Linen Copper Walnut Marble`)
var productNouns = strings.Fields(`Chair Desk Lamp Mug Backpack Jacket Kettle Notebook Shelf Blanket Watch Speaker Vase Bottle`)

var categories = strings.Split(`Electronics|Home & Garden|Clothing|Books|Toys|Sports|Health & Beauty|Groceries|Furniture|Office Supplies|Automotive|Pet Supplies`, "|")

var colours = strings.Fields(`red blue green black white grey navy teal orange purple yellow pink brown silver beige`)

var monthNames = strings.Fields(`January February March April May June July August September October November December`)
var weekdays = strings.Fields(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)

var folders = strings.Fields(`/home/user/documents /home/user/downloads /var/data/exports /srv/app/uploads /tmp/reports /opt/app/config`)

type fileType struct{ ext, mime string }

var fileTypes = []fileType{
	{"pdf", "application/pdf"}, {"csv", "text/csv"}, {"json", "application/json"},
	{"png", "image/png"}, {"jpg", "image/jpeg"}, {"txt", "text/plain"},
	{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
	{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
	{"zip", "application/zip"}, {"mp4", "video/mp4"}, {"html", "text/html"}, {"xml", "application/xml"},
}

type language struct{ code, name string }

var languages = []language{
	{"en", "English"}, {"fr", "French"}, {"de", "German"}, {"es", "Spanish"},
	{"it", "Italian"}, {"pt", "Portuguese"}, {"nl", "Dutch"}, {"pl", "Polish"},
	{"ja", "Japanese"}, {"zh", "Chinese"}, {"ar", "Arabic"}, {"hi", "Hindi"},
	{"cy", "Welsh"}, {"sv", "Swedish"},
}

var localeCodes = strings.Fields(`en-GB en-US fr-FR de-DE es-ES it-IT nl-NL pt-BR ja-JP en-IE en-CA en-AU`)

var timeZones = strings.Fields(`Europe/London Europe/Dublin Europe/Paris Europe/Berlin America/New_York America/Chicago America/Denver America/Los_Angeles Asia/Tokyo Asia/Kolkata Australia/Sydney UTC`)

var statuses = strings.Fields(`active active active pending inactive suspended closed`)
var priorities = strings.Fields(`low medium medium high urgent`)

var petNames = strings.Fields(`Bella Max Luna Charlie Milo Daisy Poppy Teddy Bailey Coco Ruby Rosie
Alfie Willow Lola Buster Oscar Bonnie Ziggy Pepper Biscuit Mochi Simba Nala Rex Shadow Tilly Bruno`)
