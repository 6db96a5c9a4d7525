package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// wib is Western Indonesian Time, the zone Indonesian newsrooms write in
// when a time of day carries no zone.
var wib = time.FixedZone("WIB", 7*3600)

// zones are the Indonesian time-zone suffixes a time of day may carry.
var zones = map[string]*time.Location{
	"WIB":  wib,
	"WITA": time.FixedZone("WITA", 8*3600),
	"WIT":  time.FixedZone("WIT", 9*3600),
}

// dateLayouts are the machine date forms accepted in front matter and JSON.
// A date without a zone is taken as UTC; a date and time without a zone as WIB.
var dateLayouts = []struct {
	layout string
	loc    *time.Location
}{
	{time.RFC3339Nano, time.UTC},
	{"2006-01-02T15:04:05", wib},
	{"2006-01-02 15:04:05", wib},
	{"2006-01-02 15:04", wib},
	{"2006-01-02T15:04", wib},
	{"2006-01-02", time.UTC},
}

// parseDate reads a machine-written date (YYYY-MM-DD, RFC 3339, or
// "YYYY-MM-DD hh:mm[:ss]"). ok is false when s is none of these.
func parseDate(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.ParseInLocation(l.layout, s, l.loc); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// withClock adds a time of day such as "21:48 WIB" or "21:48" to a date
// (CLICK-ID keeps them apart). Anything else leaves the date unchanged.
func withClock(d time.Time, clock string) time.Time {
	m := clockRE.FindStringSubmatch(strings.TrimSpace(clock))
	if m == nil || d.Hour() != 0 || d.Minute() != 0 {
		return d
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	loc := wib
	if z, ok := zones[strings.ToUpper(m[3])]; ok {
		loc = z
	}
	return time.Date(d.Year(), d.Month(), d.Day(), h, mi, 0, 0, loc)
}

var clockRE = regexp.MustCompile(`^([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s*(WIB|WITA|WIT))?$`)

var months = map[string]time.Month{
	"januari": time.January, "februari": time.February, "maret": time.March,
	"april": time.April, "mei": time.May, "juni": time.June, "juli": time.July,
	"agustus": time.August, "september": time.September, "oktober": time.October,
	"november": time.November, "desember": time.December,
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"jun": time.June, "jul": time.July, "agu": time.August, "agt": time.August,
	"ags": time.August, "aug": time.August, "sep": time.September, "sept": time.September,
	"okt": time.October, "oct": time.October, "nov": time.November, "des": time.December,
	"dec": time.December,
}

// dateLineRE matches a whole line that is only a publication date, as news
// pages print it above the story: "Kamis, 27 Februari 2025 19:13",
// "27 Feb 2025, 19:13 WIB", "Senin, 28 April 2025 | 10:15 WIB".
var dateLineRE = regexp.MustCompile(`(?i)^(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad),?\s+)?` +
	`(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})` +
	`(?:\s*[,|\-–]?\s*(?:pukul\s+)?([01]?\d|2[0-3])[:.]([0-5]\d)(?:[:.][0-5]\d)?\s*(wib|wita|wit)?)?$`)

// parseDateLine reads a line that is only an Indonesian date, such as
// "Kamis, 27 Februari 2025 19:13". ok is false for any other line.
func parseDateLine(line string) (t time.Time, ok bool) {
	if len(line) > 60 {
		return time.Time{}, false
	}
	m := dateLineRE.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return time.Time{}, false
	}
	month, known := months[strings.ToLower(m[2])]
	if !known {
		return time.Time{}, false
	}
	day, _ := strconv.Atoi(m[1])
	year, _ := strconv.Atoi(m[3])
	if day < 1 || day > 31 {
		return time.Time{}, false
	}
	if m[4] == "" {
		return time.Date(year, month, day, 0, 0, 0, 0, time.UTC), true
	}
	h, _ := strconv.Atoi(m[4])
	mi, _ := strconv.Atoi(m[5])
	loc := wib
	if z, ok := zones[strings.ToUpper(m[6])]; ok {
		loc = z
	}
	return time.Date(year, month, day, h, mi, 0, 0, loc), true
}
