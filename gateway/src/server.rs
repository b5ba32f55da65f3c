//! Starting the gateway: one Pingora server with the API proxy service and the admin service.
//!
//! [`run`] blocks until SIGTERM/SIGINT; [`spawn`] runs the same server on a thread and returns
//! a handle that stops it, for tests and benchmarks.

use std::sync::Arc;
use std::thread::JoinHandle;

use async_trait::async_trait;
use pingora::prelude::*;
use pingora::server::configuration::ServerConf;
use pingora::server::{RunArgs, ShutdownSignal, ShutdownSignalWatch};
use pingora::services::listening::Service;
use tokio::sync::{oneshot, Mutex};

use crate::admin::AdminApp;
use crate::proxy::Gateway;
use crate::state::AppState;

#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// API listen address, e.g. `127.0.0.1:8080`.
    pub listen: String,
    /// Admin listen address, e.g. `127.0.0.1:9090`.
    pub admin_listen: String,
    /// Worker threads of the proxy service.
    pub threads: usize,
    /// Seconds to let in-flight requests finish after SIGTERM.
    pub grace_period_seconds: u64,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            listen: "127.0.0.1:8080".into(),
            admin_listen: "127.0.0.1:9090".into(),
            threads: std::thread::available_parallelism().map_or(2, |n| n.get()),
            grace_period_seconds: 5,
        }
    }
}

fn build(state: Arc<AppState>, options: &ServeOptions) -> Server {
    let conf = ServerConf {
        threads: options.threads,
        grace_period_seconds: Some(options.grace_period_seconds),
        graceful_shutdown_timeout_seconds: Some(options.grace_period_seconds.max(1)),
        // Fallbacks are bounded by the policy; this is only a backstop.
        max_retries: 16,
        ..ServerConf::default()
    };
    let mut server = Server::new_with_opt_and_conf(None, conf);
    server.bootstrap();

    let mut proxy = http_proxy_service(
        &server.configuration,
        Gateway {
            state: state.clone(),
        },
    );
    proxy.add_tcp(&options.listen);
    let mut admin = Service::new("triage admin".into(), AdminApp { state });
    admin.add_tcp(&options.admin_listen);
    admin.threads = Some(1);
    server.add_service(proxy);
    server.add_service(admin);
    server
}

/// Serves until SIGTERM (graceful) or SIGINT (fast), then returns.
pub fn run(state: Arc<AppState>, options: &ServeOptions) {
    build(state, options).run(RunArgs::default());
}

/// A gateway running on its own thread.
pub struct RunningGateway {
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl RunningGateway {
    /// Stops the gateway and waits for it to finish.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for RunningGateway {
    fn drop(&mut self) {
        self.shutdown();
    }
}

struct StopSignal(Mutex<Option<oneshot::Receiver<()>>>);

#[async_trait]
impl ShutdownSignalWatch for StopSignal {
    async fn recv(&self) -> ShutdownSignal {
        if let Some(rx) = self.0.lock().await.take() {
            let _ = rx.await;
        }
        ShutdownSignal::FastShutdown
    }
}

/// Starts the gateway on a thread; it listens once this returns and the caller has waited for
/// the port (Pingora binds inside its own runtime).
pub fn spawn(state: Arc<AppState>, options: &ServeOptions) -> RunningGateway {
    let (stop, rx) = oneshot::channel();
    let server = build(state, options);
    let thread = std::thread::spawn(move || {
        server.run(RunArgs {
            shutdown_signal: Box::new(StopSignal(Mutex::new(Some(rx)))),
        });
    });
    RunningGateway {
        stop: Some(stop),
        thread: Some(thread),
    }
}
