// bench/desk_bench: the service desk's queues at scale, over loopback HTTP.
//   desk_bench [--orgs N] [--per-org K] [--cases N] [--rounds R] [--sqlite-only | --pg-only]
// Builds a node on SQLite (and on PostgreSQL when ICITY_TEST_PG_URL is set, in
// a database of its own, dropped afterwards) with N synthetic organisations
// (default 100,000) and about K interactions each (default 10: ~1M), N desk
// cases (default 100,000: generate_desk_history), then signs in as staff and
// prints p50/p99 of GET /api/cases (open, team, all by creation, with a text
// query, the second page) and of the dashboard's KPIs where the route exists,
// beside GET /healthz in the same run (the baseline: the ratio shows what the
// query costs over the server's own overhead). Target: p99 <= 300 ms.
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <unistd.h>

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <boost/json.hpp>
#include <boost/url.hpp>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "app/auth_service.hpp"
#include "app/demo/desk_history.hpp"
#include "app/demo/synthetic.hpp"
#include "http/api.hpp"
#include "store/bulk_loader.hpp"
#include "store/desk_repo.hpp"

namespace {
namespace beast = boost::beast;
namespace http = beast::http;
namespace json = boost::json;
using Clock = std::chrono::steady_clock;
using namespace icity;

struct Options {
  std::int64_t orgs = 100000, per_org = 10, cases = 100000;
  int rounds = 200;
  bool sqlite_only = false, pg_only = false;
};

// The process's resident memory, in MB (Linux).
double resident_mb() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1e6;
}

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

class Client {
 public:
  explicit Client(unsigned short port) : socket_(io_) {
    socket_.connect({boost::asio::ip::make_address("127.0.0.1"), port});
    socket_.set_option(boost::asio::ip::tcp::no_delay(true));
  }
  http::response<http::string_body> send(http::verb verb, const std::string& target,
                                         const std::string& body = {}) {
    http::request<http::string_body> req{verb, target, 11};
    req.set(http::field::host, "127.0.0.1");
    if (!cookie.empty()) req.set(http::field::cookie, cookie);
    if (!body.empty()) {
      req.set(http::field::content_type, "application/json");
      req.body() = body;
      req.prepare_payload();
    }
    http::write(socket_, req);
    http::response<http::string_body> res;
    http::read(socket_, buffer_, res);
    return res;
  }
  std::string cookie;

 private:
  boost::asio::io_context io_;
  boost::asio::ip::tcp::socket socket_;
  beast::flat_buffer buffer_;
};

struct Timings {
  std::vector<double> ms;
  double pct(double p) {
    std::sort(ms.begin(), ms.end());
    return ms.empty() ? 0 : ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * ms.size()))];
  }
};

bool check(const core::Result<void>& r, const char* what) {
  if (!r) std::cerr << "desk_bench: " << what << ": " << r.error().detail.en << "\n";
  return static_cast<bool>(r);
}

// ~per_org interactions for each organisation: the generator's own, then more of its visits,
// meetings and calls drawn with further indexes, in batches through the bulk loader.
core::Result<std::int64_t> add_interactions(app::App& app, std::int64_t orgs, std::int64_t per_org,
                                            std::uint64_t seed) {
  const app::SyntheticWorld world(app::demo_pools(), seed);
  std::vector<long long> ids(static_cast<std::size_t>(orgs));
  app.db().read([&](soci::session& sql) -> core::Result<void> {
    sql << "SELECT id FROM organisations ORDER BY id", soci::into(ids);
    return {};
  });
  store::BulkLoader loader(app.db());
  std::int64_t added = 0;
  // The generator gives 1.35 interactions an organisation on average.
  const auto rounds =
      std::max<std::int64_t>(0, std::llround(static_cast<double>(per_org) / 1.35) - 1);
  constexpr std::size_t kBatch = 2000;
  for (std::size_t start = 0; start < ids.size(); start += kBatch) {
    std::vector<core::Interaction> batch;
    for (std::size_t i = start; i < std::min(ids.size(), start + kBatch); ++i) {
      auto org = world.organisation(static_cast<std::int64_t>(i));
      org.id = ids[i];
      for (std::int64_t k = 1; k <= rounds; ++k) {
        for (auto& in : world.interactions(org, {}, orgs * k + static_cast<std::int64_t>(i))) {
          batch.push_back(std::move(in));
        }
      }
    }
    added += static_cast<std::int64_t>(batch.size());
    if (auto r = loader.add_interactions(batch); !r) return core::fail(r.error());
  }
  return added;
}

int run(const std::string& label, const std::string& url, const std::string& data_dir,
        const Options& o) {
  auto opened = app::App::open({url, data_dir, 4, app::HashCost::kMinimum});
  if (!opened) {
    std::cerr << "desk_bench: " << opened.error().detail.en << "\n";
    return 1;
  }
  app::App& app = **opened;
  auto t = Clock::now();
  auto orgs = app::generate_synthetic(app, o.orgs, 20231027, {});
  if (!orgs) return check(core::fail(orgs.error()), "organisations"), 1;
  auto more = add_interactions(app, o.orgs, o.per_org, 20231027);
  if (!more) return check(core::fail(more.error()), "interactions"), 1;
  std::printf("[%s] %lld organisations, %lld interactions in %.1f s\n", label.c_str(),
              static_cast<long long>(orgs->organisations),
              static_cast<long long>(orgs->interactions + *more), seconds_since(t));
  t = Clock::now();
  auto cases = app::generate_desk_history(app, {.cases = o.cases, .until = "2024-08-13"}, {});
  if (!cases) return check(core::fail(cases.error()), "cases"), 1;
  std::printf("[%s] %lld cases (%lld open), %lld steps, %lld messages in %.1f s\n", label.c_str(),
              static_cast<long long>(cases->cases), static_cast<long long>(cases->open),
              static_cast<long long>(cases->steps), static_cast<long long>(cases->messages),
              seconds_since(t));

  // Statistics after the bulk load, as a node has them in its steady state (PostgreSQL's
  // autovacuum would analyse the tables on its own, at a moment of its choosing).
  check(app.db().write([](store::Tx& tx) -> core::Result<void> {
    tx.sql() << "ANALYZE";
    return {};
  }),
        "analyze");
  // A desk agent in every team, signed in through the API.
  app::NewUser agent{
      "agent@desk-bench.example.cn", core::Role::kStaff, {}, "Bench Agent", "correct horse 2024"};
  auto user = app.auth().add_user(agent, app::system_context("desk-bench"));
  if (!user) return check(core::fail(user.error()), "agent"), 1;
  check(app.db().write([&](store::Tx& tx) -> core::Result<void> {
    for (const auto& team : store::desk::teams(tx.sql())) {
      std::vector<core::Id> members{user->id};
      for (const auto& m : team.members) members.push_back(m.id);
      store::desk::set_members(tx, team.id, members);
    }
    return {};
  }),
        "teams");
  icity::http::ServerOptions options;
  options.port = 0;
  options.threads = 2;
  auto server = icity::http::make_server(app, options);
  server->start();
  Client client(server->port());
  auto login =
      client.send(http::verb::post, "/api/auth/login",
                  R"({"email":"agent@desk-bench.example.cn","password":"correct horse 2024"})");
  const std::string set_cookie(login[http::field::set_cookie]);
  client.cookie = set_cookie.substr(0, set_cookie.find(';'));
  if (login.result_int() != 200) {
    std::cerr << "desk_bench: sign-in refused: " << login.body() << "\n";
    return 1;
  }
  const auto first = json::parse(
      client.send(http::verb::get, "/api/cases?queue=all&sort=created&limit=20").body());
  std::string cursor;
  if (const auto* next = first.as_object().if_contains("next_cursor"); next && next->is_string()) {
    cursor = boost::urls::encode(next->as_string(), boost::urls::unreserved_chars);
  }
  const std::vector<std::string> words = {
      "permit", "Schmidt", "visa", "trademark", "%E7%AD%BE%E8%AF%81", "Wang", "mediation"};
  struct Query {
    std::string name;
    std::function<std::string(int)> target;
    std::function<void(int)> before = [](int) {};  // not timed
  };
  // The figures' index is filled when a node starts (in the background); here, by the first ask.
  std::string kpis = "/api/dashboard/kpis?from=2023-10-27&to=2024-08-13";
  t = Clock::now();
  const double rss_before = resident_mb();
  if (client.send(http::verb::get, kpis).result_int() == 200) {
    std::printf(
        "[%s] figures index filled (first ask of the figures) in %.1f s, +%.0f MB resident\n",
        label.c_str(), seconds_since(t), resident_mb() - rss_before);
  }
  // Another writer's bulk load (an import on another node): the next ask catches up from the log.
  if (auto bulk = add_interactions(app, o.orgs / 2, 3, 20240813)) {
    t = Clock::now();
    if (client.send(http::verb::get, kpis).result_int() == 200) {
      std::printf("[%s] figures after a bulk load of %lld interactions: caught up in %.2f s\n",
                  label.c_str(), static_cast<long long>(*bulk), seconds_since(t));
    }
  }
  // A visit recorded just before the figures are asked for: the index catches up first.
  const auto record_visit = [&](int i) {
    const json::object body{
        {"type", "visit_received"},
        {"date", "2024-05-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1)},
        {"summary", {{"en", "bench visit"}}},
        {"organisation_ids", json::array{1 + (std::int64_t{i} * 7919) % o.orgs}}};
    client.send(http::verb::post, "/api/interactions", json::serialize(body));
  };
  std::vector<Query> queries = {
      {"GET /healthz (baseline)", [](int) { return std::string("/healthz"); }},
      {"cases queue=open", [](int) { return std::string("/api/cases?queue=open"); }},
      {"cases queue=team", [](int) { return std::string("/api/cases?queue=team"); }},
      {"cases queue=all sort=created",
       [](int) { return std::string("/api/cases?queue=all&sort=created"); }},
      {"cases queue=open q=word",
       [&](int i) { return "/api/cases?queue=open&q=" + words[i % words.size()]; }},
      {"cases queue=all sort=created q=word",
       [&](int i) { return "/api/cases?queue=all&sort=created&q=" + words[i % words.size()]; }},
      {"cases queue=all sort=created page 2",
       [&](int) { return "/api/cases?queue=all&sort=created&limit=20&cursor=" + cursor; }},
      {"dashboard kpis 2023-10-27..2024-08-13", [&](int) { return kpis; }},
      {"dashboard kpis, a visit recorded before", [&](int) { return kpis; }, record_visit},
      {"kpis records matters_handled page 1",
       [&](int) {
         return std::string(
             "/api/dashboard/kpis/matters_handled/records?from=2023-10-27&to=2024-08-13");
       }},
      {"kpis records organisations_received DE", [&](int) {
         return std::string(
             "/api/dashboard/kpis/organisations_received/records?country=DE&from=2023-10-27&to="
             "2024-08-13");
       }}};
  double baseline = 0;
  std::printf("[%s] %-40s %9s %9s %8s %s\n", label.c_str(), "request", "p50 ms", "p99 ms",
              "p50/base", "p99<=300");
  for (const auto& q : queries) {
    Timings timings;
    unsigned status = 0;
    for (int i = 0; i < o.rounds; ++i) {
      q.before(i);
      const auto start = Clock::now();
      auto res = client.send(http::verb::get, q.target(i));
      timings.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
      status = res.result_int();
      if (status == 404 && i == 0) break;  // a route this tree does not have
    }
    if (status == 404) {
      std::printf("[%s] %-40s (no such route here)\n", label.c_str(), q.name.c_str());
      continue;
    }
    const double p50 = timings.pct(0.5), p99 = timings.pct(0.99);
    if (baseline == 0) baseline = p50;
    std::printf("[%s] %-40s %9.2f %9.2f %8.1f %s%s\n", label.c_str(), q.name.c_str(), p50, p99,
                p50 / baseline, p99 <= 300 ? "ok" : "MISS",
                status == 200 ? "" : (" (HTTP " + std::to_string(status) + ")").c_str());
  }
  server->stop();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&] { return i + 1 < argc ? std::stoll(argv[++i]) : 0LL; };
    if (a == "--orgs")
      o.orgs = next();
    else if (a == "--per-org")
      o.per_org = next();
    else if (a == "--cases")
      o.cases = next();
    else if (a == "--rounds")
      o.rounds = static_cast<int>(next());
    else if (a == "--sqlite-only")
      o.sqlite_only = true;
    else if (a == "--pg-only")
      o.pg_only = true;
    else {
      std::cerr << "usage: desk_bench [--orgs N] [--per-org K] [--cases N] [--rounds R] "
                   "[--sqlite-only | --pg-only]\n";
      return 2;
    }
  }
  const auto dir =
      std::filesystem::temp_directory_path() / ("desk-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "sqlite");
  int rc = o.pg_only ? 0
                     : run("sqlite", "sqlite:" + (dir / "sqlite" / "icity.db").string(),
                           (dir / "sqlite").string(), o);
  const char* pg = std::getenv("ICITY_TEST_PG_URL");
  if (rc == 0 && pg != nullptr && !o.sqlite_only) {
    const std::string admin = pg;
    const std::string name = "icity_desk_bench_" + std::to_string(::getpid());
    const auto conninfo = store::postgres_conninfo(admin).value();
    soci::session(*soci::factory_postgresql(), conninfo) << "CREATE DATABASE " + name;
    std::filesystem::create_directories(dir / "pg");
    rc = run("postgres", admin.substr(0, admin.rfind('/') + 1) + name, (dir / "pg").string(), o);
    soci::session(*soci::factory_postgresql(), conninfo)
        << "DROP DATABASE " + name + " WITH (FORCE)";
  }
  std::filesystem::remove_all(dir);
  return rc;
}
