# The compose `prod` profile's app instances behind this cache (default.vcl
# includes this file). Health probes take an instance out while it does not
# answer; with none left, cached pages are served from grace.
import directors;

probe app_alive {
    .url = "/api/health";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

backend app_a {
    .host = "app-a";
    .port = "3000";
    .probe = app_alive;
}

backend app_b {
    .host = "app-b";
    .port = "3000";
    .probe = app_alive;
}

# The instances purge over the compose network; Caddy, also on it, refuses
# PURGE (deploy/Caddyfile), and default.vcl refuses forwarded purges.
acl purgers {
    "localhost";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub vcl_init {
    new instances = directors.round_robin();
    instances.add_backend(app_a);
    instances.add_backend(app_b);
}

sub choose_backend {
    set req.backend_hint = instances.backend();
}
