# The HTTP cache in front of the app instances (README, "An HTTP cache in
# front"). Pages and anonymous partner-feed answers are kept for as long as
# their Surrogate-Control says and purged by surrogate key (xkey) when an
# editor publishes; everything personal, editorial or written passes through.
#
# Backends, their director and the addresses allowed to purge are
# per-deployment: "backends.vcl" is looked up on vcl_path (the compose
# profile mounts deploy/varnish/backends.vcl; `npm run start:edge` writes one
# for the app on this machine). It defines `acl purgers` and
# `sub choose_backend`.
vcl 4.1;

import std;
import xkey;

include "backends.vcl";

sub vcl_recv {
    call choose_backend;
    # Our own markers, never a client's.
    unset req.http.X-Edge-Pass;
    unset req.http.X-Edge-Stale;

    if (req.method == "PURGE") {
        call purge_by_key;
    }

    # Cached pages keep answering while the app or its database is down:
    # with healthy backends only for a few seconds (a publish's soft purge
    # then refreshes within one render), without them for a day. A retry
    # after a failed fetch (vcl_deliver) takes whatever is left in cache.
    if (req.restarts > 0 || !std.healthy(req.backend_hint)) {
        set req.grace = 24h;
    } else {
        set req.grace = 10s;
    }

    # Two variants per page at most, gzip and identity, each stored as the app
    # sent it (varnishd runs with http_gzip_support=off): with it on, Varnish
    # fetches gzip only and decompresses it for every client without gzip.
    if (req.http.Accept-Encoding) {
        if (req.http.Accept-Encoding ~ "gzip") {
            set req.http.Accept-Encoding = "gzip";
        } else {
            unset req.http.Accept-Encoding;
        }
    }

    if (req.method != "GET" && req.method != "HEAD") {
        # API writes, logins, Server Actions, uploads.
        return (pass);
    }
    # The admin and previews are per editor; draft mode (__prerender_bypass)
    # and a logged-in editor (payload-token) see more than visitors do.
    if (req.url ~ "^/admin(/|\?|$)" || req.url ~ "^/preview(/|\?|$)") {
        set req.http.X-Edge-Pass = "editorial";
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(__prerender_bypass|payload-token)=") {
        set req.http.X-Edge-Pass = "editor";
        return (pass);
    }
    # Partners' keyed calls are counted against their own rate limit; the
    # rest of /api is Payload's REST and GraphQL, read with access control.
    if (req.http.Authorization) {
        set req.http.X-Edge-Pass = "authorized";
        return (pass);
    }
    if (req.url ~ "^/api/" && req.url !~ "^/api/v1/") {
        set req.http.X-Edge-Pass = "api";
        return (pass);
    }
    # Public pages are the same for everyone: cookies (analytics, a stale
    # session) must neither split the cache nor reach the app.
    unset req.http.Cookie;
    return (hash);
}

sub purge_by_key {
    # From an app instance, straight: never through a proxy in front of
    # this cache (a forwarded request carries another hop's address).
    if (!client.ip ~ purgers || req.http.X-Forwarded-For != "" + client.ip) {
        return (synth(403, "Purging is not allowed from this address"));
    }
    if (req.http.xkey-softpurge) {
        set req.http.X-Purged = xkey.softpurge(req.http.xkey-softpurge);
    } else if (req.http.xkey-purge) {
        set req.http.X-Purged = xkey.purge(req.http.xkey-purge);
    } else {
        return (synth(400, "Name the keys in xkey-softpurge or xkey-purge"));
    }
    return (synth(200, "Purged " + req.http.X-Purged));
}

sub vcl_hit {
    if (obj.ttl <= 0s) {
        set req.http.X-Edge-Stale = "1";
    }
}

sub vcl_pass {
    if (!req.http.X-Edge-Pass) {
        set req.http.X-Edge-Pass = "uncacheable";
    }
}

sub vcl_backend_response {
    # A failed background refresh keeps the stale copy; a failed fetch is
    # never stored (vcl_deliver retries from the cache).
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    if (beresp.http.Surrogate-Control ~ "(^|[ ,])max-age=[0-9]+") {
        set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, "^(.*[ ,])?max-age=([0-9]+).*$", "\2") + "s", 0s);
        set beresp.grace = 24h;
        # Next answers STALE while it renders the page again: keep that copy
        # only until the new one is ready, not a whole TTL.
        if (beresp.http.x-nextjs-cache == "STALE") {
            set beresp.ttl = 1s;
        }
        unset beresp.http.Surrogate-Control;
    } else if (!beresp.http.Cache-Control && !beresp.http.Expires) {
        # Nothing said it may be shared (redirects, errors of the proxy):
        # never Varnish's default TTL.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    # A page the app failed to answer: once more, from the cache's stale copy if any.
    if (resp.status >= 500 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD") && !req.http.X-Edge-Pass) {
        return (restart);
    }
    if (req.http.X-Edge-Pass) {
        set resp.http.X-Cache = "PASS";
    } else if (req.http.X-Edge-Stale) {
        set resp.http.X-Cache = "STALE";
    } else if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Keys are this cache's business; the quota and request id were the
    # first caller's, not this one's.
    unset resp.http.xkey;
    if (obj.hits > 0) {
        unset resp.http.RateLimit-Limit;
        unset resp.http.RateLimit-Remaining;
        unset resp.http.RateLimit-Reset;
        unset resp.http.X-Request-Id;
    }
}
