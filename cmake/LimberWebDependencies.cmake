# The browser build's libraries, compiled by Emscripten from Debian's source packages that
# scripts/web-sources unpacked into LIMBER_WEB_SOURCES. Each gets the target name its Debian
# package gives the desktop build (yaml-cpp, fmt::fmt, SQLite::SQLite3, ...), so the rest of the
# build does not know which it links. Third-party headers are SYSTEM: our warnings stay ours.
set(LIMBER_WEB_SOURCES "${PROJECT_SOURCE_DIR}/build/web-sources" CACHE PATH "Where scripts/web-sources unpacked the sources")
if(NOT EXISTS "${LIMBER_WEB_SOURCES}/SDL2/.limber-unpacked")
  message(FATAL_ERROR "No sources in ${LIMBER_WEB_SOURCES}: run scripts/web-sources ${LIMBER_WEB_SOURCES} (make web does)")
endif()
set(src "${LIMBER_WEB_SOURCES}")

# SDL2 2.26, with its Emscripten video (WebGL through its OpenGL ES 2 renderer) and audio (Web
# Audio) drivers. Single-threaded: browsers give threads only to cross-origin-isolated pages.
set(SDL_SHARED OFF CACHE BOOL "" FORCE)
set(SDL_STATIC ON CACHE BOOL "" FORCE)
set(SDL_TEST OFF CACHE BOOL "" FORCE)
set(SDL_THREADS OFF CACHE BOOL "" FORCE)
set(SDL2_DISABLE_SDL2MAIN ON CACHE BOOL "" FORCE)
set(SDL2_DISABLE_INSTALL ON CACHE BOOL "" FORCE)
set(SDL2_DISABLE_UNINSTALL ON CACHE BOOL "" FORCE)
add_subdirectory("${src}/SDL2" third_party/SDL2 EXCLUDE_FROM_ALL)
set_target_properties(SDL2-static PROPERTIES INTERFACE_SYSTEM_INCLUDE_DIRECTORIES
  "$<TARGET_PROPERTY:SDL2-static,INTERFACE_INCLUDE_DIRECTORIES>")

add_library(limber_web_yaml_cpp STATIC)
file(GLOB yaml_sources "${src}/yaml-cpp/src/*.cpp" "${src}/yaml-cpp/src/contrib/*.cpp")
target_sources(limber_web_yaml_cpp PRIVATE ${yaml_sources})
target_include_directories(limber_web_yaml_cpp SYSTEM PUBLIC "${src}/yaml-cpp/include")
target_compile_definitions(limber_web_yaml_cpp PUBLIC YAML_CPP_STATIC_DEFINE)
add_library(yaml-cpp ALIAS limber_web_yaml_cpp)

add_library(limber_web_fmt STATIC "${src}/fmt/src/format.cc")
target_include_directories(limber_web_fmt SYSTEM PUBLIC "${src}/fmt/include")
add_library(fmt::fmt ALIAS limber_web_fmt)

# SQLite's single file, without threads or loadable extensions (neither exists in the page).
add_library(limber_web_sqlite STATIC "${src}/sqlite3/amalgamation/sqlite3.c")
target_include_directories(limber_web_sqlite SYSTEM PUBLIC "${src}/sqlite3/amalgamation")
target_compile_definitions(limber_web_sqlite PRIVATE SQLITE_THREADSAFE=0 SQLITE_OMIT_LOAD_EXTENSION SQLITE_DQS=0)
add_library(SQLite::SQLite3 ALIAS limber_web_sqlite)

set(EXPAT_BUILD_TOOLS OFF CACHE BOOL "" FORCE)
set(EXPAT_BUILD_EXAMPLES OFF CACHE BOOL "" FORCE)
set(EXPAT_BUILD_TESTS OFF CACHE BOOL "" FORCE)
set(EXPAT_BUILD_DOCS OFF CACHE BOOL "" FORCE)
set(EXPAT_BUILD_FUZZERS OFF CACHE BOOL "" FORCE)
set(EXPAT_BUILD_PKGCONFIG OFF CACHE BOOL "" FORCE)
set(EXPAT_SHARED_LIBS OFF CACHE BOOL "" FORCE)
set(EXPAT_ENABLE_INSTALL OFF CACHE BOOL "" FORCE)
set(EXPAT_DTD ON CACHE BOOL "" FORCE)  # the billion laughs protection the importers set needs it
add_subdirectory("${src}/expat/expat" third_party/expat EXCLUDE_FROM_ALL)
# Debian's 2.5.0 security patches test `#if XML_DTD == 1`, which expat's CMake defines empty (its
# autotools, which Debian builds with, define 1): the generated header says 1, as Debian's does.
file(READ "${CMAKE_BINARY_DIR}/third_party/expat/expat_config.h" expat_config)
string(REPLACE "#define XML_DTD\n" "#define XML_DTD 1\n" expat_config "${expat_config}")
file(WRITE "${CMAKE_BINARY_DIR}/third_party/expat/expat_config.h" "${expat_config}")
add_library(limber_web_expat INTERFACE)
target_link_libraries(limber_web_expat INTERFACE expat)
target_include_directories(limber_web_expat SYSTEM INTERFACE "${src}/expat/expat/lib")
add_library(EXPAT::EXPAT ALIAS limber_web_expat)

add_library(limber_web_json INTERFACE)
target_include_directories(limber_web_json SYSTEM INTERFACE "${src}/nlohmann-json/single_include")
add_library(nlohmann_json::nlohmann_json ALIAS limber_web_json)

# stb_image (user pictures) and stb_image_write (PNG files): one file defines their bodies.
add_library(limber_web_stb STATIC "${PROJECT_SOURCE_DIR}/cmake/web/stb_bodies.c")
target_include_directories(limber_web_stb SYSTEM PUBLIC "${src}/stb")

# Dear ImGui 1.86 as Debian builds it (its own stb_truetype rasteriser), with the SDL2 platform
# backend, and the SDL_Renderer backend beside it as on the desktop.
add_library(limber_web_imgui STATIC "${src}/imgui/imgui.cpp" "${src}/imgui/imgui_draw.cpp" "${src}/imgui/imgui_tables.cpp"
  "${src}/imgui/imgui_widgets.cpp" "${src}/imgui/misc/cpp/imgui_stdlib.cpp" "${src}/imgui/backends/imgui_impl_sdl.cpp")
target_include_directories(limber_web_imgui SYSTEM PUBLIC "${src}/imgui" "${src}/imgui/misc/cpp")
target_link_libraries(limber_web_imgui PUBLIC SDL2::SDL2)
add_library(PkgConfig::imgui ALIAS limber_web_imgui)
add_library(imgui_sdlrenderer STATIC "${src}/imgui/backends/imgui_impl_sdlrenderer.cpp")
target_include_directories(imgui_sdlrenderer SYSTEM PUBLIC "${src}/imgui/backends")
target_link_libraries(imgui_sdlrenderer PUBLIC limber_web_imgui)
