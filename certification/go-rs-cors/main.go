// Command server is net/http with github.com/rs/cors 1.7 (Debian golang-github-rs-cors-dev) for the
// certification matrix. CORS_CONFIG picks the configuration:
//
//	documented  one cors.New(cors.Options{...}).Handler wrapping the whole ServeMux, as rs/cors's README shows
//	per-route   a cors.Handler per route (graded with ../per-route-policy.yaml), plus GET /api/public for any origin
//
// It listens on 127.0.0.1:$PORT. No CORS header is written by hand.
package main

import (
	"log"
	"net"
	"net/http"
	"os"

	"github.com/rs/cors"
)

// policy is ../policy.yaml in rs/cors's own Options.
var policy = cors.Options{
	AllowedOrigins:   []string{"https://app.localhost", "http://localhost:5173", "http://127.0.0.1:5173"},
	AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodDelete},
	AllowedHeaders:   []string{"Content-Type", "Authorization", "X-Request-Id"},
	ExposedHeaders:   []string{"X-Total-Count"},
	AllowCredentials: true,
	MaxAge:           600,
}

// public is /api/public of ../per-route-policy.yaml: any origin, GET, no credentials.
var public = cors.Options{
	AllowedOrigins: []string{"*"},
	AllowedMethods: []string{http.MethodGet},
	AllowedHeaders: []string{"Content-Type", "Authorization", "X-Request-Id"},
	ExposedHeaders: []string{"X-Total-Count"},
	MaxAge:         600,
}

func api(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Total-Count", "2")
	w.Write([]byte(`{"ok":true}`))
}

func health(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain")
	w.Write([]byte("ok"))
}

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		log.Fatal("PORT is not set")
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/health", health)
	var handler http.Handler
	switch config := os.Getenv("CORS_CONFIG"); config {
	case "", "documented":
		mux.HandleFunc("/api/data", api)
		mux.HandleFunc("/api/items", api)
		handler = cors.New(policy).Handler(mux)
	case "per-route":
		routes := cors.New(policy)
		mux.Handle("/api/data", routes.Handler(http.HandlerFunc(api)))
		mux.Handle("/api/items", routes.Handler(http.HandlerFunc(api)))
		mux.Handle("/api/public", cors.New(public).Handler(http.HandlerFunc(api)))
		handler = mux
	default:
		log.Fatalf("unknown CORS_CONFIG %q: documented or per-route", config)
	}
	listener, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", port))
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("listening on %s", listener.Addr())
	log.Fatal(http.Serve(listener, handler))
}
