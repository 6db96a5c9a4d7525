package commands

import (
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// cooldowns rate-limits /ask per user: one token bucket of one token per
// user, refilled every interval. The map is bounded: when full, users whose
// bucket has refilled (who are as good as new) are dropped, then the
// longest idle one.
type cooldowns struct {
	every time.Duration
	max   int

	mu    sync.Mutex
	users map[string]*userLimit
}

type userLimit struct {
	lim  *rate.Limiter
	last time.Time
}

// maxCooldownUsers bounds the memory of cooldowns.
const maxCooldownUsers = 10000

func newCooldowns(every time.Duration, max int) *cooldowns {
	return &cooldowns{every: every, max: max, users: map[string]*userLimit{}}
}

// wait takes user's token at now and returns 0, or returns how long until
// the user may ask again.
func (c *cooldowns) wait(user string, now time.Time) time.Duration {
	if c.every <= 0 {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	u, ok := c.users[user]
	if !ok {
		c.evict(now)
		u = &userLimit{lim: rate.NewLimiter(rate.Every(c.every), 1)}
		c.users[user] = u
	}
	u.last = now
	if u.lim.AllowN(now, 1) {
		return 0
	}
	missing := 1 - u.lim.TokensAt(now)
	return time.Duration(math.Ceil(missing * float64(c.every)))
}

func (c *cooldowns) evict(now time.Time) {
	if len(c.users) < c.max {
		return
	}
	for id, u := range c.users {
		if now.Sub(u.last) >= c.every {
			delete(c.users, id)
		}
	}
	for len(c.users) >= c.max {
		var oldest string
		var at time.Time
		for id, u := range c.users {
			if oldest == "" || u.last.Before(at) {
				oldest, at = id, u.last
			}
		}
		delete(c.users, oldest)
	}
}

// seconds rounds d up to whole seconds, at least 1, for "try again in N s".
func seconds(d time.Duration) int {
	return max(1, int(math.Ceil(d.Seconds())))
}
