// bench/search_compare: search latency and quality on one corpus, side by side.
//   search_compare --db URL --data-dir DIR --port P [--judged FILE] [--rounds N]
// against a running `icity serve` on 127.0.0.1:P over the same database and
// data dir (bench/search.sh sets all this up). For each judged query it
// measures GET /api/search through HTTP, icity's index in process, raw
// Xapian get_mset over the same index, and SQLite FTS5 (trigram) over the
// organisations' names and summaries; then prints p50/p99 of each and
// nDCG@10 of icity and FTS5 per kind of query.
#include <soci/soci.h>
#include <sqlite3.h>
#include <xapian.h>

#include <algorithm>
#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <boost/json.hpp>
#include <boost/url.hpp>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <tuple>

#include "app/app.hpp"
#include "app/demo/demo_files.hpp"
#include "text/normalize.hpp"

namespace {
namespace beast = boost::beast;
namespace http = beast::http;
namespace json = boost::json;
using Clock = std::chrono::steady_clock;

struct Judged {
  std::string id, kind, query;
  std::map<std::string, int> relevant;  // world key → grade
};

std::vector<Judged> read_judged(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<Judged> out;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string x; std::getline(ss, x, '\t');) f.push_back(x);
    if (f.size() < 4) continue;
    Judged j{f[0], f[1], f[2], {}};
    std::stringstream rel(f[3]);
    for (std::string pair; std::getline(rel, pair, '|');) {
      const auto colon = pair.find(':');
      j.relevant[pair.substr(0, colon)] =
          colon == std::string::npos ? 1 : std::stoi(pair.substr(colon + 1));
    }
    out.push_back(std::move(j));
  }
  return out;
}

double ndcg10(const std::vector<std::int64_t>& ranked, const std::map<std::int64_t, int>& grades) {
  double dcg = 0;
  for (std::size_t i = 0; i < ranked.size() && i < 10; ++i) {
    auto it = grades.find(ranked[i]);
    if (it != grades.end()) dcg += (std::pow(2.0, it->second) - 1) / std::log2(i + 2.0);
  }
  std::vector<int> ideal;
  for (const auto& [id, g] : grades) ideal.push_back(g);
  std::sort(ideal.rbegin(), ideal.rend());
  double idcg = 0;
  for (std::size_t i = 0; i < ideal.size() && i < 10; ++i) {
    idcg += (std::pow(2.0, ideal[i]) - 1) / std::log2(i + 2.0);
  }
  return idcg > 0 ? dcg / idcg : 0;
}

struct Timings {
  std::vector<double> ms;
  void add(Clock::time_point start) {
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  double pct(double p) {
    if (ms.empty()) return 0;
    std::sort(ms.begin(), ms.end());
    return ms[std::min(ms.size() - 1,
                       static_cast<std::size_t>(p * static_cast<double>(ms.size())))];
  }
};

class HttpClient {
 public:
  explicit HttpClient(unsigned short port) : socket_(io_) {
    socket_.connect({boost::asio::ip::make_address("127.0.0.1"), port});
    socket_.set_option(boost::asio::ip::tcp::no_delay(true));
  }
  std::string get(const std::string& target) {
    http::request<http::empty_body> req{http::verb::get, target, 11};
    req.set(http::field::host, "127.0.0.1");
    http::write(socket_, req);
    http::response<http::string_body> res;
    http::read(socket_, buffer_, res);
    return std::move(res.body());
  }

 private:
  boost::asio::io_context io_;
  boost::asio::ip::tcp::socket socket_;
  beast::flat_buffer buffer_;
};

std::string encoded(const std::string& q) {
  return boost::urls::encode(q, boost::urls::unreserved_chars);
}

// The FTS5 table over the organisations' names and summaries, in its own file.
class Fts5 {
 public:
  Fts5(const std::string& path, soci::session& sql) {
    std::filesystem::remove(path);
    sqlite3_open(path.c_str(), &db_);
    exec("PRAGMA journal_mode=OFF");
    exec(
        "CREATE VIRTUAL TABLE docs USING fts5(name_zh, name_en, summary_zh, summary_en, "
        "tokenize='trigram')");
    exec("BEGIN");
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(
        db_, "INSERT INTO docs(rowid, name_zh, name_en, summary_zh, summary_en) VALUES (?,?,?,?,?)",
        -1, &insert, nullptr);
    const auto start = Clock::now();
    long long id = 0;
    std::string nz, ne, sz, se;
    soci::statement st =
        (sql.prepare << "SELECT id, name_zh, name_en, summary_zh, summary_en FROM organisations "
                        "WHERE archived = 0",
         soci::into(id), soci::into(nz), soci::into(ne), soci::into(sz), soci::into(se));
    st.execute(false);
    while (st.fetch()) {
      sqlite3_bind_int64(insert, 1, id);
      sqlite3_bind_text(insert, 2, nz.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(insert, 3, ne.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(insert, 4, sz.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(insert, 5, se.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_step(insert);
      sqlite3_reset(insert);
      ++rows_;
    }
    sqlite3_finalize(insert);
    exec("COMMIT");
    build_seconds_ = std::chrono::duration<double>(Clock::now() - start).count();
    sqlite3_prepare_v2(db_,
                       "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10", -1,
                       &query_, nullptr);
  }
  ~Fts5() {
    sqlite3_finalize(query_);
    sqlite3_close(db_);
  }
  // Each word of the query a quoted phrase, all required (FTS5's own syntax).
  std::vector<std::int64_t> search(const std::string& q) {
    std::string match;
    std::stringstream ss(icity::text::to_simplified(q));
    for (std::string w; ss >> w;) {
      std::string quoted = "\"";
      for (char c : w) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
      match += (match.empty() ? "" : " AND ") + quoted + "\"";
    }
    std::vector<std::int64_t> out;
    sqlite3_reset(query_);
    sqlite3_bind_text(query_, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(query_) == SQLITE_ROW) out.push_back(sqlite3_column_int64(query_, 0));
    return out;
  }
  double build_seconds() const { return build_seconds_; }
  long long rows() const { return rows_; }

 private:
  void exec(const char* sql) { sqlite3_exec(db_, sql, nullptr, nullptr, nullptr); }
  sqlite3* db_ = nullptr;
  sqlite3_stmt* query_ = nullptr;
  double build_seconds_ = 0;
  long long rows_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> args;
  for (int i = 1; i + 1 < argc; i += 2) args[argv[i]] = argv[i + 1];
  const std::string db_url = args["--db"], data_dir = args["--data-dir"];
  const auto port =
      static_cast<unsigned short>(std::stoi(args.count("--port") ? args["--port"] : "0"));
  const std::string judged_path = args.count("--judged") ? args["--judged"] : ICITY_SEARCH_JUDGED;
  const int rounds = args.count("--rounds") ? std::stoi(args["--rounds"]) : 5;
  if (db_url.empty() || data_dir.empty() || port == 0) {
    std::cerr
        << "usage: search_compare --db URL --data-dir DIR --port P [--judged FILE] [--rounds N]\n";
    return 2;
  }
  const auto judged = read_judged(judged_path);
  // Demo-world keys to organisation ids, by their Chinese names.
  std::map<std::string, std::string> name_of;
  for (const auto& f : icity::app::demo_files::files()) {
    if (f.name != "world.json") continue;
    const auto world = json::parse(f.content);
    for (const auto& o : world.at("organisations").as_array()) {
      name_of[std::string(o.at("key").as_string())] =
          std::string(o.at("name").at("zh").as_string());
    }
  }
  soci::session sql(db_url.starts_with("sqlite:") ? "sqlite3://db=" + db_url.substr(7) : db_url);
  std::map<std::string, std::int64_t> id_of;
  for (const auto& [key, name] : name_of) {
    long long id = 0;
    sql << "SELECT id FROM organisations WHERE name_zh = :n", soci::use(name), soci::into(id);
    id_of[key] = id;
  }
  long long corpus = 0;
  sql << "SELECT COUNT(*) FROM organisations", soci::into(corpus);

  Fts5 fts(data_dir + "/fts5-bench.db", sql);
  Xapian::Database xdb(data_dir + "/search");
  HttpClient client(port);
  Timings http_t, xapian_t, fts_t;
  std::vector<std::tuple<double, int, std::string>> slowest;  // HTTP ms, round, query
  std::map<std::string, std::pair<double, double>> ndcg_by_kind;  // kind → (icity sum, fts sum)
  std::map<std::string, int> count_by_kind;
  int cross_found = 0, cross_total = 0;
  for (int round = 0; round < rounds; ++round) {
    for (const auto& j : judged) {
      auto start = Clock::now();
      const auto body = client.get("/api/search?type=organisation&limit=10&q=" + encoded(j.query));
      http_t.add(start);
      slowest.emplace_back(http_t.ms.back(), round + 1, j.query);
      // Raw Xapian: the words of the query, parsed the same way, top 10.
      start = Clock::now();
      Xapian::QueryParser qp;
      qp.set_stemmer(Xapian::Stem("en"));
      qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
      qp.set_default_op(Xapian::Query::OP_AND);
      Xapian::Enquire enquire(xdb);
      const auto normalized = icity::text::normalize(j.query);
      try {
        enquire.set_query(qp.parse_query(
            normalized, Xapian::QueryParser::FLAG_CJK_NGRAM | Xapian::QueryParser::FLAG_PHRASE));
      } catch (const Xapian::QueryParserError&) {
        enquire.set_query(qp.parse_query(normalized, 0));  // as icity falls back
      }
      auto mset = enquire.get_mset(0, 10);
      xapian_t.add(start);
      start = Clock::now();
      const auto fts_hits = fts.search(j.query);
      fts_t.add(start);
      if (round > 0) continue;  // quality once
      std::vector<std::int64_t> ranked;
      const auto answer = json::parse(body);
      if (const auto* hits = answer.as_object().if_contains("hits")) {
        for (const auto& h : hits->as_array()) ranked.push_back(h.at("id").as_int64());
      } else {
        std::cout << "  no hits for " << j.query << ": " << body.substr(0, 300) << "\n";
      }
      std::map<std::int64_t, int> grades;
      for (const auto& [key, g] : j.relevant) grades[id_of[key]] = g;
      const double ours = ndcg10(ranked, grades), theirs = ndcg10(fts_hits, grades);
      ndcg_by_kind[j.kind].first += ours;
      ndcg_by_kind[j.kind].second += theirs;
      ++count_by_kind[j.kind];
      ndcg_by_kind["all"].first += ours;
      ndcg_by_kind["all"].second += theirs;
      ++count_by_kind["all"];
      if (j.kind == "cross") {
        ++cross_total;
        bool found = false;
        for (const auto& [key, g] : j.relevant) {
          if (g == 2 && std::find(ranked.begin(), ranked.end(), id_of[key]) != ranked.end())
            found = true;
        }
        if (found) {
          ++cross_found;
        } else {
          std::cout << "  cross-language query without its record in the top 10: " << j.query
                    << "\n";
        }
      }
    }
  }
  std::printf("corpus: %lld organisations; FTS5 trigram table built in %.1f s (%lld rows)\n",
              corpus, fts.build_seconds(), fts.rows());
  std::printf("%zu judged queries x %d rounds\n", judged.size(), rounds);
  std::printf("latency ms        p50     p99\n");
  std::printf("icity HTTP     %6.2f  %6.2f\n", http_t.pct(0.5), http_t.pct(0.99));
  std::printf("raw Xapian     %6.2f  %6.2f   (HTTP/raw p50 ratio %.1f)\n", xapian_t.pct(0.5),
              xapian_t.pct(0.99), http_t.pct(0.5) / std::max(1e-6, xapian_t.pct(0.5)));
  std::printf("SQLite FTS5    %6.2f  %6.2f\n", fts_t.pct(0.5), fts_t.pct(0.99));
  std::sort(slowest.rbegin(), slowest.rend());
  std::printf("slowest HTTP answers:");
  for (std::size_t i = 0; i < 5 && i < slowest.size(); ++i) {
    std::printf(" %.1f ms (round %d, %s);", std::get<0>(slowest[i]), std::get<1>(slowest[i]),
                std::get<2>(slowest[i]).c_str());
  }
  std::printf("\n");
  std::printf("nDCG@10        icity   FTS5   (queries)\n");
  for (const auto& [kind, sums] : ndcg_by_kind) {
    const int n = count_by_kind[kind];
    std::printf("%-12s  %6.3f  %6.3f   (%d)\n", kind.c_str(), sums.first / n, sums.second / n, n);
  }
  std::printf("cross-language queries with their record in the top 10: %d of %d\n", cross_found,
              cross_total);
  return 0;
}
