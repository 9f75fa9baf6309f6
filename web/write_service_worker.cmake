# Writes OUT_DIR/sw.js from sw.js.in: the list of the page's files and a version that is a hash of
# them all, so a new build of any file is a new version for the browsers that have the old one.
# cmake -DTEMPLATE=web/sw.js.in -DOUT_DIR=build/web -P web/write_service_worker.cmake
file(GLOB_RECURSE files RELATIVE "${OUT_DIR}" "${OUT_DIR}/*")
list(REMOVE_ITEM files sw.js)
list(FILTER files EXCLUDE REGEX "(^|/)\\.")
list(SORT files)
set(joined "")
set(quoted "")
foreach(name IN LISTS files)
  file(SHA256 "${OUT_DIR}/${name}" hash)
  string(APPEND joined "${name} ${hash}\n")
  list(APPEND quoted "'${name}'")
endforeach()
string(SHA256 version "${joined}")
string(SUBSTRING "${version}" 0 16 LIMBER_WEB_VERSION)
list(JOIN quoted ", " LIMBER_WEB_FILES)
configure_file("${TEMPLATE}" "${OUT_DIR}/sw.js" @ONLY)
