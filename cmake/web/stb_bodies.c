/* The browser build's stb bodies (on the desktop, Debian's libstb and libsndfile do this work):
   stb_image for the user's pictures, stb_image_write for PNG files, stb_vorbis for OGG cues. */
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image.h>
#include <stb_image_write.h>
#include <stb_vorbis.c>
