//! Where a shared portfolio lives: a `postgres://` or `postgresql://` address, completed
//! the way PostgreSQL's own tools complete it (`PGHOST`, `PGPORT`, `PGUSER`,
//! `PGDATABASE`, `PGSERVICE` with `~/.pg_service.conf`, `PGPASSWORD` and `~/.pgpass`), so
//! a password never has to be typed into the address or kept in the app's preferences.

use std::path::PathBuf;

/// A server portfolio's address as the user gave it (without any password kept apart
/// from it), and what it resolves to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct ServerAddress {
    /// The address as given, with any password taken out.
    url: String,
}

/// Whether `text` names a server portfolio rather than a file.
pub fn is_server_address(text: &str) -> bool {
    let lower = text.trim_start().to_ascii_lowercase();
    lower.starts_with("postgres://") || lower.starts_with("postgresql://")
}

impl ServerAddress {
    /// The address of a server portfolio, or why it is not one. A password written in
    /// the address is accepted for this session but never shown or kept.
    pub fn parse(text: &str) -> Result<(Self, Option<String>), String> {
        let text = text.trim();
        if !is_server_address(text) {
            return Err("a server address starts with postgres:// or postgresql://".into());
        }
        let config: postgres::Config =
            without_query_value(&without_query_value(text, "service"), "sslrootcert")
                .parse()
                .map_err(|error| format!("{error}"))?;
        let password = config
            .get_password()
            .map(|password| String::from_utf8_lossy(password).into_owned());
        let url = match &password {
            Some(_) => without_password(text),
            None => text.to_string(),
        };
        Ok((ServerAddress { url }, password))
    }

    /// The address as given (never with a password).
    pub fn as_str(&self) -> &str {
        &self.url
    }

    /// The connection settings: the address completed from the environment, the service
    /// file and the password file.
    pub fn config(&self, password: Option<&str>) -> Result<postgres::Config, String> {
        // PostgreSQL's client library knows `service` and `sslrootcert`; this one does
        // not: they are read here.
        let mut config: postgres::Config =
            without_query_value(&without_query_value(&self.url, "service"), "sslrootcert")
                .parse()
                .map_err(|error| format!("{error}"))?;
        let environment = |name: &str| {
            std::env::var(name)
                .ok()
                .filter(|value| !value.trim().is_empty())
        };
        // A service names a section of the service file; the address wins over it.
        let service = query_value(&self.url, "service").or_else(|| environment("PGSERVICE"));
        let section = service.as_deref().map(service_section).unwrap_or_default();
        let from_service = |key: &str| {
            section
                .iter()
                .find(|(name, _)| name == key)
                .map(|(_, value)| value.clone())
        };
        if config.get_hosts().is_empty() {
            let host = from_service("host")
                .or_else(|| environment("PGHOST"))
                .unwrap_or_else(default_host);
            for host in host.split(',') {
                config.host(host.trim());
            }
        }
        if config.get_ports().is_empty()
            && let Some(port) = from_service("port").or_else(|| environment("PGPORT"))
        {
            let port: u16 = port
                .trim()
                .parse()
                .map_err(|_| format!("the port {port:?} is not a number"))?;
            config.port(port);
        }
        if config.get_user().is_none() {
            let user = from_service("user")
                .or_else(|| environment("PGUSER"))
                .unwrap_or_else(crate::store::os_user);
            config.user(&user);
        }
        if config.get_dbname().is_none() {
            let database = from_service("dbname")
                .or_else(|| environment("PGDATABASE"))
                .or_else(|| config.get_user().map(str::to_string))
                .unwrap_or_else(|| "proeftuin".to_string());
            config.dbname(&database);
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(std::time::Duration::from_secs(5));
        }
        config.application_name("Proeftuin");
        let password = password
            .map(str::to_string)
            .or_else(|| from_service("password"))
            .or_else(|| environment("PGPASSWORD"))
            .or_else(|| pgpass_password(&config));
        if let Some(password) = password {
            config.password(password);
        }
        Ok(config)
    }

    /// How to encrypt the connection: TLS with the system's certificate authorities, and
    /// the one named by `sslrootcert` in the address (or `PGSSLROOTCERT`). Whether TLS is
    /// used follows `sslmode` (`prefer` unless the address says `require` or `disable`);
    /// a connection over the local Unix socket is not encrypted.
    pub fn tls(&self) -> Result<tokio_postgres_rustls::MakeRustlsConnect, String> {
        let mut roots = rustls::RootCertStore::empty();
        roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
        let own = query_value(&self.url, "sslrootcert").or_else(|| {
            std::env::var("PGSSLROOTCERT")
                .ok()
                .filter(|path| !path.is_empty())
        });
        if let Some(file) = own {
            use rustls::pki_types::pem::PemObject;
            let certificates = rustls::pki_types::CertificateDer::pem_file_iter(&file)
                .map_err(|error| format!("{file}: {error}"))?;
            for certificate in certificates {
                let certificate = certificate.map_err(|error| format!("{file}: {error}"))?;
                roots
                    .add(certificate)
                    .map_err(|error| format!("{file}: {error}"))?;
            }
        }
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|error| error.to_string())?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
    }

    /// "proeftuin on db.gemeente.nl:5432": which portfolio on which server, for the
    /// title bar, the status bar and messages (never a password).
    pub fn describe(&self) -> String {
        match self.config(None) {
            Ok(config) => {
                let database = config.get_dbname().unwrap_or("?");
                format!("{database} @ {}", server_of(&config))
            }
            Err(_) => self.url.clone(),
        }
    }

    /// The server alone ("db.gemeente.nl:5432"), for messages about reaching it.
    pub fn server(&self) -> String {
        self.config(None)
            .map(|config| server_of(&config))
            .unwrap_or_else(|_| self.url.clone())
    }
}

fn server_of(config: &postgres::Config) -> String {
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(host)) => host.clone(),
        #[cfg(unix)]
        Some(postgres::config::Host::Unix(path)) => path.display().to_string(),
        None => "localhost".to_string(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    format!("{host}:{port}")
}

/// Where libpq looks when no host is given: its Unix socket folder when there is one.
fn default_host() -> String {
    ["/var/run/postgresql", "/tmp"]
        .into_iter()
        .find(|dir| std::path::Path::new(dir).join(".s.PGSQL.5432").exists())
        .unwrap_or("localhost")
        .to_string()
}

/// The address with the password between `user:` and `@` taken out.
fn without_password(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let rest = &url[scheme_end + 3..];
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let Some(at) = authority.rfind('@') else {
        return url.to_string();
    };
    let user_info = &authority[..at];
    let user = user_info.split(':').next().unwrap_or_default();
    format!("{}{}{}", &url[..scheme_end + 3], user, &rest[at..])
}

/// A `?key=value` of the address.
fn query_value(url: &str, key: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        (name == key).then(|| value.to_string())
    })
}

/// The address without its `?key=…` (and `&key=…`).
fn without_query_value(url: &str, key: &str) -> String {
    let Some((base, query)) = url.split_once('?') else {
        return url.to_string();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| pair.split('=').next() != Some(key))
        .collect();
    if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    }
}

fn home() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_path_buf())
}

/// The `[service]` section of the service file (`PGSERVICEFILE`, else
/// `~/.pg_service.conf`, else the system's `pg_service.conf`).
fn service_section(service: &str) -> Vec<(String, String)> {
    let files: Vec<PathBuf> = std::env::var_os("PGSERVICEFILE")
        .map(PathBuf::from)
        .into_iter()
        .chain(home().map(|home| home.join(".pg_service.conf")))
        .chain(
            std::env::var_os("PGSYSCONFDIR").map(|dir| PathBuf::from(dir).join("pg_service.conf")),
        )
        .chain(std::iter::once(PathBuf::from(
            "/etc/postgresql-common/pg_service.conf",
        )))
        .collect();
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        if let Some(section) = parse_service(&text, service) {
            return section;
        }
    }
    Vec::new()
}

fn parse_service(text: &str, service: &str) -> Option<Vec<(String, String)>> {
    let mut inside = false;
    let mut found = None::<Vec<(String, String)>>;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line
            .strip_prefix('[')
            .and_then(|line| line.strip_suffix(']'))
        {
            inside = name.trim() == service;
            if inside {
                found.get_or_insert_with(Vec::new);
            }
            continue;
        }
        if inside
            && let Some((key, value)) = line.split_once('=')
            && let Some(section) = found.as_mut()
        {
            section.push((key.trim().to_string(), value.trim().to_string()));
        }
    }
    found
}

/// The password for this connection from the password file (`PGPASSFILE`, else
/// `~/.pgpass`), as libpq reads it: `host:port:database:user:password`, `*` matching
/// anything; a file others may read is ignored, as libpq does.
fn pgpass_password(config: &postgres::Config) -> Option<String> {
    let file = std::env::var_os("PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| home().map(|home| home.join(".pgpass")))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).ok()?.permissions().mode();
        if mode & 0o077 != 0 {
            return None;
        }
    }
    let text = std::fs::read_to_string(file).ok()?;
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(host)) => host.clone(),
        // libpq matches a socket connection as "localhost".
        _ => "localhost".to_string(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let database = config.get_dbname().unwrap_or_default();
    let user = config.get_user().unwrap_or_default();
    pgpass_lookup(&text, [&host, &port, database, user])
}

fn pgpass_lookup(text: &str, wanted: [&str; 4]) -> Option<String> {
    for line in text.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        // Fields are separated by ':'; "\:" and "\\" are a literal colon and backslash.
        let mut fields = vec![String::new()];
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(next) = chars.next() {
                        fields.last_mut()?.push(next);
                    }
                }
                ':' if fields.len() < 5 => fields.push(String::new()),
                c => fields.last_mut()?.push(c),
            }
        }
        if fields.len() != 5 {
            continue;
        }
        if fields[..4]
            .iter()
            .zip(wanted)
            .all(|(field, wanted)| field == "*" || field == wanted)
        {
            return fields.pop();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_the_address_is_used_but_never_kept() {
        let (address, password) =
            ServerAddress::parse("postgres://jan:geheim@db.gemeente.nl:5433/proeftuin")
                .expect("an address");
        assert_eq!(password.as_deref(), Some("geheim"));
        assert_eq!(
            address.as_str(),
            "postgres://jan@db.gemeente.nl:5433/proeftuin"
        );
        assert_eq!(address.describe(), "proeftuin @ db.gemeente.nl:5433");
        assert!(is_server_address("postgresql://x/y"));
        assert!(!is_server_address("/home/jan/portfolio.sqlite"));
        assert!(ServerAddress::parse("postgres://[niet").is_err());
    }

    #[test]
    fn the_password_file_is_read_as_libpq_reads_it() {
        let text = "# comment\n\
                    other:5432:*:*:wrong\n\
                    db.gemeente.nl:5432:proeftuin:jan:goed\\:wachtwoord\n\
                    *:*:*:*:fallback\n";
        assert_eq!(
            pgpass_lookup(text, ["db.gemeente.nl", "5432", "proeftuin", "jan"]).as_deref(),
            Some("goed:wachtwoord")
        );
        assert_eq!(
            pgpass_lookup(text, ["elders", "5432", "x", "y"]).as_deref(),
            Some("fallback")
        );
        assert_eq!(pgpass_lookup("a:b:c:d:e\n", ["x", "b", "c", "d"]), None);
    }

    #[test]
    fn a_service_section_is_found_by_name() {
        let text = "[test]\nhost=elders\n\n[proeftuin]\nhost = db.gemeente.nl\nport=5433\ndbname=portfolio\n";
        let section = parse_service(text, "proeftuin").expect("the section");
        assert_eq!(
            section,
            vec![
                ("host".to_string(), "db.gemeente.nl".to_string()),
                ("port".to_string(), "5433".to_string()),
                ("dbname".to_string(), "portfolio".to_string()),
            ]
        );
        assert!(parse_service(text, "elders").is_none());
    }
}
