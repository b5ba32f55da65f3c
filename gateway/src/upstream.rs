//! Upstreams as the proxy dials them: address, TLS, path prefix, API key, timeouts.
//!
//! API keys are read from the environment once, when a policy is loaded, and live only in
//! [`ApiKey`], whose `Debug` prints nothing of the key.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use pingora::prelude::HttpPeer;
use pingora::utils::tls::{parse_x509, WrappedX509};
use pingora::{Error, ErrorType, Result};
use triage_policy::{Policy, UpstreamId};

/// Everything needed to send a request to one policy upstream.
#[derive(Debug)]
pub struct UpstreamClient {
    pub name: String,
    tls: bool,
    host: String,
    port: u16,
    /// Value of the `Host` header.
    pub host_header: String,
    /// Path of the base URL without a trailing slash, e.g. `/v1`.
    pub base_path: String,
    pub api_key: Option<ApiKey>,
    pub connect_timeout: Duration,
    pub timeout: Duration,
    pub stream_usage: bool,
    /// Certificate authorities trusted for this upstream instead of the system's.
    ca: Option<Arc<pingora::protocols::tls::CaType>>,
}

/// A policy's upstream clients, and the (upstream, variable) pairs whose key is unset.
pub type PolicyClients = (Vec<UpstreamClient>, Vec<(String, String)>);

/// An upstream API key. Never printed.
#[derive(Clone)]
pub struct ApiKey(Arc<str>);

impl ApiKey {
    pub fn bearer(&self) -> String {
        format!("Bearer {}", self.0)
    }
}

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

impl UpstreamClient {
    /// Builds the clients for a policy's upstreams, in the policy's order. Upstreams whose key
    /// variable is unset are returned in `missing_keys` as (upstream, variable). Fails when a
    /// `ca_file` cannot be read.
    pub fn for_policy(
        policy: &Policy,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<PolicyClients, String> {
        let mut missing = Vec::new();
        let mut clients = Vec::with_capacity(policy.upstreams.len());
        for u in policy.upstreams.values() {
            let url = &u.base_url;
            let tls = url.scheme() == "https";
            let host = url
                .host_str()
                .unwrap_or_default()
                .trim_matches(['[', ']'])
                .to_owned();
            let port = url
                .port_or_known_default()
                .unwrap_or(if tls { 443 } else { 80 });
            let host_header = match url.port() {
                Some(p) => format!("{}:{p}", url.host_str().unwrap_or_default()),
                None => url.host_str().unwrap_or_default().to_owned(),
            };
            let api_key = u.api_key_env.as_ref().and_then(|var| match env(var) {
                Some(key) if !key.is_empty() => Some(ApiKey(key.into())),
                _ => {
                    missing.push((u.name.clone(), var.clone()));
                    None
                }
            });
            let ca = match &u.ca_file {
                Some(path) => Some(
                    load_ca(path)
                        .map_err(|e| format!("upstream `{}`: ca_file {path}: {e}", u.name))?,
                ),
                None => None,
            };
            clients.push(UpstreamClient {
                name: u.name.clone(),
                tls,
                host,
                port,
                host_header,
                base_path: url.path().trim_end_matches('/').to_owned(),
                api_key,
                connect_timeout: u.connect_timeout,
                timeout: u.timeout,
                stream_usage: u.stream_usage,
                ca,
            });
        }
        Ok((clients, missing))
    }

    /// The full URL of `suffix` (e.g. `/chat/completions`) on this upstream.
    pub fn url(&self, suffix: &str) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}{}{suffix}", self.host_header, self.base_path)
    }

    /// A peer for this upstream; resolves the host name off the I/O thread's blocking path.
    pub async fn peer(&self, dns: &DnsCache) -> Result<HttpPeer> {
        let addr = match self.host.parse::<IpAddr>() {
            Ok(ip) => SocketAddr::new(ip, self.port),
            Err(_) => dns.resolve(&self.host, self.port).await?,
        };
        let sni = if self.tls {
            self.host.clone()
        } else {
            String::new()
        };
        let mut peer = HttpPeer::new(addr, self.tls, sni);
        peer.options.connection_timeout = Some(self.connect_timeout);
        peer.options.total_connection_timeout = Some(self.connect_timeout);
        peer.options.read_timeout = Some(self.timeout);
        peer.options.write_timeout = Some(self.timeout);
        peer.options.idle_timeout = Some(Duration::from_secs(60));
        peer.options.ca = self.ca.clone();
        Ok(peer)
    }
}

/// The certificates of a PEM file, checked to be X.509.
fn load_ca(path: &str) -> Result<Arc<pingora::protocols::tls::CaType>, String> {
    let pem = std::fs::read(path).map_err(|e| e.to_string())?;
    let mut certs = Vec::new();
    for cert in rustls_pemfile::certs(&mut pem.as_slice()) {
        let der = cert
            .map_err(|e| format!("not a PEM certificate file: {e}"))?
            .to_vec();
        x509_parser::parse_x509_certificate(&der).map_err(|e| format!("bad certificate: {e}"))?;
        certs.push(WrappedX509::new(der, parse_x509));
    }
    if certs.is_empty() {
        return Err("no certificate in the file".into());
    }
    Ok(certs.into())
}

/// Host name lookups, cached for a short while so the request path rarely waits on DNS.
pub struct DnsCache {
    cache: moka::future::Cache<(String, u16), SocketAddr>,
}

impl Default for DnsCache {
    fn default() -> Self {
        DnsCache {
            cache: moka::future::Cache::builder()
                .max_capacity(1024)
                .time_to_live(Duration::from_secs(30))
                .build(),
        }
    }
}

impl DnsCache {
    async fn resolve(&self, host: &str, port: u16) -> Result<SocketAddr> {
        let key = (host.to_owned(), port);
        let found = self
            .cache
            .try_get_with(key, async {
                match tokio::net::lookup_host((host, port)).await {
                    Ok(mut addrs) => addrs
                        .next()
                        .ok_or_else(|| format!("no address for `{host}`")),
                    Err(e) => Err(e.to_string()),
                }
            })
            .await;
        found.map_err(|reason| {
            let mut e = Error::explain(
                ErrorType::ConnectNoRoute,
                format!("cannot resolve upstream host `{host}`: {reason}"),
            );
            e.as_up();
            e
        })
    }
}

/// The upstream clients of one policy, indexed like the policy's upstreams.
#[derive(Debug)]
pub struct Upstreams(Vec<UpstreamClient>);

impl Upstreams {
    pub fn new(clients: Vec<UpstreamClient>) -> Self {
        Upstreams(clients)
    }

    pub fn get(&self, id: UpstreamId) -> &UpstreamClient {
        &self.0[id.0]
    }
}
