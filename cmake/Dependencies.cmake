# Every dependency comes from a Debian 12 package (scripts/setup installs them).
find_package(Threads REQUIRED)
find_package(Boost 1.81 CONFIG REQUIRED COMPONENTS json url)
find_package(tl-expected CONFIG REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(spdlog CONFIG REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(PostgreSQL REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
find_package(ICU REQUIRED COMPONENTS uc i18n data)
pkg_check_modules(OPENCC REQUIRED IMPORTED_TARGET opencc)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET libical)
pkg_check_modules(LIBMAGIC REQUIRED IMPORTED_TARGET libmagic)

# Snowball's libstemmer ships a header and a library only.
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIB NAMES stemmer REQUIRED)
add_library(snowball::stemmer UNKNOWN IMPORTED)
set_target_properties(snowball::stemmer PROPERTIES IMPORTED_LOCATION ${STEMMER_LIB}
                      INTERFACE_INCLUDE_DIRECTORIES ${STEMMER_INCLUDE_DIR})

# Xapian's CMake config sets variables only.
find_package(Xapian CONFIG REQUIRED)
add_library(xapian::xapian INTERFACE IMPORTED)
set_target_properties(xapian::xapian PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${XAPIAN_INCLUDE_DIR}"
                      INTERFACE_LINK_LIBRARIES "${XAPIAN_LIBRARIES}")

# SOCI 4.0.3 ships no CMake or pkg-config files: make imported targets.
foreach(part core sqlite3 postgresql)
  find_library(SOCI_${part}_LIB NAMES soci_${part} REQUIRED)
  add_library(soci::${part} UNKNOWN IMPORTED)
  set_target_properties(soci::${part} PROPERTIES IMPORTED_LOCATION ${SOCI_${part}_LIB})
endforeach()
set_property(TARGET soci::core PROPERTY INTERFACE_INCLUDE_DIRECTORIES /usr/include)
set_property(TARGET soci::sqlite3 PROPERTY INTERFACE_LINK_LIBRARIES soci::core SQLite::SQLite3)
set_property(TARGET soci::postgresql PROPERTY INTERFACE_LINK_LIBRARIES soci::core PostgreSQL::PostgreSQL)
