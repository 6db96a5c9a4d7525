package discordtest

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"io"
	"net/http"
	"strconv"
	"testing"
	"time"
)

// PostSigned posts body to an interactions endpoint at url as Discord
// does: signed with priv at ts, in the X-Signature headers. With bad the
// signature is spoilt. It returns the status and the response body.
func PostSigned(tb testing.TB, url string, priv ed25519.PrivateKey, body []byte, ts time.Time, bad bool) (int, []byte) {
	tb.Helper()
	stamp := strconv.FormatInt(ts.Unix(), 10)
	sig := ed25519.Sign(priv, append([]byte(stamp), body...))
	if bad {
		sig[0] ^= 0xff
	}
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return resp.StatusCode, b
}
