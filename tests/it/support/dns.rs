//! A DNS server on a loopback address of its own (port 53: root only), for
//! checking that a program resolves names through DNS the way glibc does
//! from `/etc/resolv.conf`: it answers `A` queries for the names it is given,
//! an empty answer for their other types (`AAAA`: getaddrinfo asks both), and
//! NXDOMAIN for every other name; it counts the queries for its names.

use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::net::UdpSocket;
use tokio::task::JoinHandle;

const TYPE_A: u16 = 1;
const CLASS_IN: u16 = 1;

pub struct DnsServer {
    /// The server's address (a `127.x.y.z` of its own, port 53).
    pub ip: Ipv4Addr,
    queries: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl DnsServer {
    /// Answers `names` (lower case, no trailing dot) with their addresses.
    pub async fn start(names: &[(&str, Ipv4Addr)]) -> Self {
        let names: HashMap<String, Ipv4Addr> = names
            .iter()
            .map(|(name, ip)| (name.to_ascii_lowercase(), *ip))
            .collect();
        let (socket, ip) = bind_own_loopback().await;
        let queries = Arc::new(AtomicUsize::new(0));
        let counted = queries.clone();
        let task = tokio::spawn(async move {
            let mut buf = [0u8; 512];
            loop {
                let Ok((len, peer)) = socket.recv_from(&mut buf).await else {
                    return;
                };
                if let Some((answer, ours)) = answer(&buf[..len], &names) {
                    if ours {
                        counted.fetch_add(1, Ordering::SeqCst);
                    }
                    let _ = socket.send_to(&answer, peer).await;
                }
            }
        });
        Self { ip, queries, task }
    }

    /// Queries for the server's names so far.
    pub fn queries(&self) -> usize {
        self.queries.load(Ordering::SeqCst)
    }
}

/// Port 53 on the first free `127.53.x.1`.
async fn bind_own_loopback() -> (UdpSocket, Ipv4Addr) {
    let mut last = None;
    for x in 1..=250u8 {
        let ip = Ipv4Addr::new(127, 53, x, 1);
        match UdpSocket::bind(SocketAddr::from((ip, 53))).await {
            Ok(socket) => return (socket, ip),
            Err(e) => last = Some(e),
        }
    }
    panic!("no loopback address free for a DNS server on port 53: {last:?}");
}

/// The response to `query`, and whether it asked for one of `names`.
fn answer(query: &[u8], names: &HashMap<String, Ipv4Addr>) -> Option<(Vec<u8>, bool)> {
    if query.len() < 12 || query[2] & 0x80 != 0 {
        return None;
    }
    // The question: labels, then type and class.
    let mut labels = Vec::new();
    let mut at = 12;
    loop {
        let len = usize::from(*query.get(at)?);
        at += 1;
        if len == 0 {
            break;
        }
        labels.push(String::from_utf8_lossy(query.get(at..at + len)?).to_ascii_lowercase());
        at += len;
    }
    let qtype = u16::from_be_bytes([*query.get(at)?, *query.get(at + 1)?]);
    let qclass = u16::from_be_bytes([*query.get(at + 2)?, *query.get(at + 3)?]);
    let question = &query[12..at + 4];
    let found = names.get(&labels.join("."));
    let address = found.filter(|_| qtype == TYPE_A && qclass == CLASS_IN);

    let mut response = Vec::with_capacity(64);
    response.extend_from_slice(&query[..2]); // id
    // A response, recursion desired and available; NXDOMAIN for other names.
    let rcode = if found.is_some() { 0 } else { 3 };
    response.extend_from_slice(&[0x80 | (query[2] & 0x01), 0x80 | rcode]);
    response.extend_from_slice(&1u16.to_be_bytes()); // questions
    response.extend_from_slice(&u16::from(address.is_some()).to_be_bytes()); // answers
    response.extend_from_slice(&[0, 0, 0, 0]); // authority, additional
    response.extend_from_slice(question);
    if let Some(ip) = address {
        // The name by a pointer to the question's, type A, class IN, a
        // minute's TTL, four bytes of address.
        response.extend_from_slice(&[0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4]);
        response.extend_from_slice(&ip.octets());
    }
    Some((response, found.is_some()))
}
