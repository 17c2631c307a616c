// @passageidentity/passage-js 4.1.2 and its dependencies, from the npm registry, bundled by examples/spa/vendor/update.sh. Licences: LICENSES.txt.
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e2) {
    throw mod = 0, e2;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// node_modules/ua-parser-js/src/ua-parser.js
var require_ua_parser = __commonJS({
  "node_modules/ua-parser-js/src/ua-parser.js"(exports, module) {
    (function(window2, undefined2) {
      "use strict";
      var LIBVERSION = "1.0.41", EMPTY = "", UNKNOWN = "?", FUNC_TYPE = "function", UNDEF_TYPE = "undefined", OBJ_TYPE = "object", STR_TYPE = "string", MAJOR = "major", MODEL = "model", NAME = "name", TYPE = "type", VENDOR = "vendor", VERSION = "version", ARCHITECTURE = "architecture", CONSOLE = "console", MOBILE = "mobile", TABLET = "tablet", SMARTTV = "smarttv", WEARABLE = "wearable", EMBEDDED = "embedded", UA_MAX_LENGTH = 500;
      var AMAZON = "Amazon", APPLE = "Apple", ASUS = "ASUS", BLACKBERRY = "BlackBerry", BROWSER = "Browser", CHROME = "Chrome", EDGE = "Edge", FIREFOX = "Firefox", GOOGLE = "Google", HONOR = "Honor", HUAWEI = "Huawei", LENOVO = "Lenovo", LG = "LG", MICROSOFT = "Microsoft", MOTOROLA = "Motorola", NVIDIA = "Nvidia", ONEPLUS = "OnePlus", OPERA = "Opera", OPPO = "OPPO", SAMSUNG = "Samsung", SHARP = "Sharp", SONY = "Sony", XIAOMI = "Xiaomi", ZEBRA = "Zebra", FACEBOOK = "Facebook", CHROMIUM_OS = "Chromium OS", MAC_OS = "Mac OS", SUFFIX_BROWSER = " Browser";
      var extend = function(regexes2, extensions) {
        var mergedRegexes = {};
        for (var i in regexes2) {
          if (extensions[i] && extensions[i].length % 2 === 0) {
            mergedRegexes[i] = extensions[i].concat(regexes2[i]);
          } else {
            mergedRegexes[i] = regexes2[i];
          }
        }
        return mergedRegexes;
      }, enumerize = function(arr) {
        var enums = {};
        for (var i = 0; i < arr.length; i++) {
          enums[arr[i].toUpperCase()] = arr[i];
        }
        return enums;
      }, has = function(str1, str2) {
        return typeof str1 === STR_TYPE ? lowerize(str2).indexOf(lowerize(str1)) !== -1 : false;
      }, lowerize = function(str) {
        return str.toLowerCase();
      }, majorize = function(version) {
        return typeof version === STR_TYPE ? version.replace(/[^\d\.]/g, EMPTY).split(".")[0] : undefined2;
      }, trim = function(str, len) {
        if (typeof str === STR_TYPE) {
          str = str.replace(/^\s\s*/, EMPTY);
          return typeof len === UNDEF_TYPE ? str : str.substring(0, UA_MAX_LENGTH);
        }
      };
      var rgxMapper = function(ua, arrays) {
        var i = 0, j, k, p, q, matches, match;
        while (i < arrays.length && !matches) {
          var regex = arrays[i], props = arrays[i + 1];
          j = k = 0;
          while (j < regex.length && !matches) {
            if (!regex[j]) {
              break;
            }
            matches = regex[j++].exec(ua);
            if (!!matches) {
              for (p = 0; p < props.length; p++) {
                match = matches[++k];
                q = props[p];
                if (typeof q === OBJ_TYPE && q.length > 0) {
                  if (q.length === 2) {
                    if (typeof q[1] == FUNC_TYPE) {
                      this[q[0]] = q[1].call(this, match);
                    } else {
                      this[q[0]] = q[1];
                    }
                  } else if (q.length === 3) {
                    if (typeof q[1] === FUNC_TYPE && !(q[1].exec && q[1].test)) {
                      this[q[0]] = match ? q[1].call(this, match, q[2]) : undefined2;
                    } else {
                      this[q[0]] = match ? match.replace(q[1], q[2]) : undefined2;
                    }
                  } else if (q.length === 4) {
                    this[q[0]] = match ? q[3].call(this, match.replace(q[1], q[2])) : undefined2;
                  }
                } else {
                  this[q] = match ? match : undefined2;
                }
              }
            }
          }
          i += 2;
        }
      }, strMapper = function(str, map) {
        for (var i in map) {
          if (typeof map[i] === OBJ_TYPE && map[i].length > 0) {
            for (var j = 0; j < map[i].length; j++) {
              if (has(map[i][j], str)) {
                return i === UNKNOWN ? undefined2 : i;
              }
            }
          } else if (has(map[i], str)) {
            return i === UNKNOWN ? undefined2 : i;
          }
        }
        return map.hasOwnProperty("*") ? map["*"] : str;
      };
      var oldSafariMap = {
        "1.0": "/8",
        "1.2": "/1",
        "1.3": "/3",
        "2.0": "/412",
        "2.0.2": "/416",
        "2.0.3": "/417",
        "2.0.4": "/419",
        "?": "/"
      }, windowsVersionMap = {
        "ME": "4.90",
        "NT 3.11": "NT3.51",
        "NT 4.0": "NT4.0",
        "2000": "NT 5.0",
        "XP": ["NT 5.1", "NT 5.2"],
        "Vista": "NT 6.0",
        "7": "NT 6.1",
        "8": "NT 6.2",
        "8.1": "NT 6.3",
        "10": ["NT 6.4", "NT 10.0"],
        "RT": "ARM"
      };
      var regexes = {
        browser: [
          [
            /\b(?:crmo|crios)\/([\w\.]+)/i
            // Chrome for Android/iOS
          ],
          [VERSION, [NAME, "Chrome"]],
          [
            /edg(?:e|ios|a)?\/([\w\.]+)/i
            // Microsoft Edge
          ],
          [VERSION, [NAME, "Edge"]],
          [
            // Presto based
            /(opera mini)\/([-\w\.]+)/i,
            // Opera Mini
            /(opera [mobiletab]{3,6})\b.+version\/([-\w\.]+)/i,
            // Opera Mobi/Tablet
            /(opera)(?:.+version\/|[\/ ]+)([\w\.]+)/i
            // Opera
          ],
          [NAME, VERSION],
          [
            /opios[\/ ]+([\w\.]+)/i
            // Opera mini on iphone >= 8.0
          ],
          [VERSION, [NAME, OPERA + " Mini"]],
          [
            /\bop(?:rg)?x\/([\w\.]+)/i
            // Opera GX
          ],
          [VERSION, [NAME, OPERA + " GX"]],
          [
            /\bopr\/([\w\.]+)/i
            // Opera Webkit
          ],
          [VERSION, [NAME, OPERA]],
          [
            // Mixed
            /\bb[ai]*d(?:uhd|[ub]*[aekoprswx]{5,6})[\/ ]?([\w\.]+)/i
            // Baidu
          ],
          [VERSION, [NAME, "Baidu"]],
          [
            /\b(?:mxbrowser|mxios|myie2)\/?([-\w\.]*)\b/i
            // Maxthon
          ],
          [VERSION, [NAME, "Maxthon"]],
          [
            /(kindle)\/([\w\.]+)/i,
            // Kindle
            /(lunascape|maxthon|netfront|jasmine|blazer|sleipnir)[\/ ]?([\w\.]*)/i,
            // Lunascape/Maxthon/Netfront/Jasmine/Blazer/Sleipnir
            // Trident based
            /(avant|iemobile|slim(?:browser|boat|jet))[\/ ]?([\d\.]*)/i,
            // Avant/IEMobile/SlimBrowser/SlimBoat/Slimjet
            /(?:ms|\()(ie) ([\w\.]+)/i,
            // Internet Explorer
            // Blink/Webkit/KHTML based                                         // Flock/RockMelt/Midori/Epiphany/Silk/Skyfire/Bolt/Iron/Iridium/PhantomJS/Bowser/QupZilla/Falkon
            /(flock|rockmelt|midori|epiphany|silk|skyfire|ovibrowser|bolt|iron|vivaldi|iridium|phantomjs|bowser|qupzilla|falkon|rekonq|puffin|brave|whale(?!.+naver)|qqbrowserlite|duckduckgo|klar|helio|(?=comodo_)?dragon)\/([-\w\.]+)/i,
            // Rekonq/Puffin/Brave/Whale/QQBrowserLite/QQ//Vivaldi/DuckDuckGo/Klar/Helio/Dragon
            /(heytap|ovi|115)browser\/([\d\.]+)/i,
            // HeyTap/Ovi/115
            /(weibo)__([\d\.]+)/i
            // Weibo
          ],
          [NAME, VERSION],
          [
            /quark(?:pc)?\/([-\w\.]+)/i
            // Quark
          ],
          [VERSION, [NAME, "Quark"]],
          [
            /\bddg\/([\w\.]+)/i
            // DuckDuckGo
          ],
          [VERSION, [NAME, "DuckDuckGo"]],
          [
            /(?:\buc? ?browser|(?:juc.+)ucweb)[\/ ]?([\w\.]+)/i
            // UCBrowser
          ],
          [VERSION, [NAME, "UC" + BROWSER]],
          [
            /microm.+\bqbcore\/([\w\.]+)/i,
            // WeChat Desktop for Windows Built-in Browser
            /\bqbcore\/([\w\.]+).+microm/i,
            /micromessenger\/([\w\.]+)/i
            // WeChat
          ],
          [VERSION, [NAME, "WeChat"]],
          [
            /konqueror\/([\w\.]+)/i
            // Konqueror
          ],
          [VERSION, [NAME, "Konqueror"]],
          [
            /trident.+rv[: ]([\w\.]{1,9})\b.+like gecko/i
            // IE11
          ],
          [VERSION, [NAME, "IE"]],
          [
            /ya(?:search)?browser\/([\w\.]+)/i
            // Yandex
          ],
          [VERSION, [NAME, "Yandex"]],
          [
            /slbrowser\/([\w\.]+)/i
            // Smart Lenovo Browser
          ],
          [VERSION, [NAME, "Smart Lenovo " + BROWSER]],
          [
            /(avast|avg)\/([\w\.]+)/i
            // Avast/AVG Secure Browser
          ],
          [[NAME, /(.+)/, "$1 Secure " + BROWSER], VERSION],
          [
            /\bfocus\/([\w\.]+)/i
            // Firefox Focus
          ],
          [VERSION, [NAME, FIREFOX + " Focus"]],
          [
            /\bopt\/([\w\.]+)/i
            // Opera Touch
          ],
          [VERSION, [NAME, OPERA + " Touch"]],
          [
            /coc_coc\w+\/([\w\.]+)/i
            // Coc Coc Browser
          ],
          [VERSION, [NAME, "Coc Coc"]],
          [
            /dolfin\/([\w\.]+)/i
            // Dolphin
          ],
          [VERSION, [NAME, "Dolphin"]],
          [
            /coast\/([\w\.]+)/i
            // Opera Coast
          ],
          [VERSION, [NAME, OPERA + " Coast"]],
          [
            /miuibrowser\/([\w\.]+)/i
            // MIUI Browser
          ],
          [VERSION, [NAME, "MIUI" + SUFFIX_BROWSER]],
          [
            /fxios\/([\w\.-]+)/i
            // Firefox for iOS
          ],
          [VERSION, [NAME, FIREFOX]],
          [
            /\bqihoobrowser\/?([\w\.]*)/i
            // 360
          ],
          [VERSION, [NAME, "360"]],
          [
            /\b(qq)\/([\w\.]+)/i
            // QQ
          ],
          [[NAME, /(.+)/, "$1Browser"], VERSION],
          [
            /(oculus|sailfish|huawei|vivo|pico)browser\/([\w\.]+)/i
          ],
          [[NAME, /(.+)/, "$1" + SUFFIX_BROWSER], VERSION],
          [
            // Oculus/Sailfish/HuaweiBrowser/VivoBrowser/PicoBrowser
            /samsungbrowser\/([\w\.]+)/i
            // Samsung Internet
          ],
          [VERSION, [NAME, SAMSUNG + " Internet"]],
          [
            /metasr[\/ ]?([\d\.]+)/i
            // Sogou Explorer
          ],
          [VERSION, [NAME, "Sogou Explorer"]],
          [
            /(sogou)mo\w+\/([\d\.]+)/i
            // Sogou Mobile
          ],
          [[NAME, "Sogou Mobile"], VERSION],
          [
            /(electron)\/([\w\.]+) safari/i,
            // Electron-based App
            /(tesla)(?: qtcarbrowser|\/(20\d\d\.[-\w\.]+))/i,
            // Tesla
            /m?(qqbrowser|2345(?=browser|chrome|explorer))\w*[\/ ]?v?([\w\.]+)/i
            // QQ/2345
          ],
          [NAME, VERSION],
          [
            /(lbbrowser|rekonq)/i,
            // LieBao Browser/Rekonq
            /\[(linkedin)app\]/i
            // LinkedIn App for iOS & Android
          ],
          [NAME],
          [
            /ome\/([\w\.]+) \w* ?(iron) saf/i,
            // Iron
            /ome\/([\w\.]+).+qihu (360)[es]e/i
            // 360
          ],
          [VERSION, NAME],
          [
            // WebView
            /((?:fban\/fbios|fb_iab\/fb4a)(?!.+fbav)|;fbav\/([\w\.]+);)/i
            // Facebook App for iOS & Android
          ],
          [[NAME, FACEBOOK], VERSION],
          [
            /(Klarna)\/([\w\.]+)/i,
            // Klarna Shopping Browser for iOS & Android
            /(kakao(?:talk|story))[\/ ]([\w\.]+)/i,
            // Kakao App
            /(naver)\(.*?(\d+\.[\w\.]+).*\)/i,
            // Naver InApp
            /(daum)apps[\/ ]([\w\.]+)/i,
            // Daum App
            /safari (line)\/([\w\.]+)/i,
            // Line App for iOS
            /\b(line)\/([\w\.]+)\/iab/i,
            // Line App for Android
            /(alipay)client\/([\w\.]+)/i,
            // Alipay
            /(twitter)(?:and| f.+e\/([\w\.]+))/i,
            // Twitter
            /(chromium|instagram|snapchat)[\/ ]([-\w\.]+)/i
            // Chromium/Instagram/Snapchat
          ],
          [NAME, VERSION],
          [
            /\bgsa\/([\w\.]+) .*safari\//i
            // Google Search Appliance on iOS
          ],
          [VERSION, [NAME, "GSA"]],
          [
            /musical_ly(?:.+app_?version\/|_)([\w\.]+)/i
            // TikTok
          ],
          [VERSION, [NAME, "TikTok"]],
          [
            /headlesschrome(?:\/([\w\.]+)| )/i
            // Chrome Headless
          ],
          [VERSION, [NAME, CHROME + " Headless"]],
          [
            / wv\).+(chrome)\/([\w\.]+)/i
            // Chrome WebView
          ],
          [[NAME, CHROME + " WebView"], VERSION],
          [
            /droid.+ version\/([\w\.]+)\b.+(?:mobile safari|safari)/i
            // Android Browser
          ],
          [VERSION, [NAME, "Android " + BROWSER]],
          [
            /(chrome|omniweb|arora|[tizenoka]{5} ?browser)\/v?([\w\.]+)/i
            // Chrome/OmniWeb/Arora/Tizen/Nokia
          ],
          [NAME, VERSION],
          [
            /version\/([\w\.\,]+) .*mobile\/\w+ (safari)/i
            // Mobile Safari
          ],
          [VERSION, [NAME, "Mobile Safari"]],
          [
            /version\/([\w(\.|\,)]+) .*(mobile ?safari|safari)/i
            // Safari & Safari Mobile
          ],
          [VERSION, NAME],
          [
            /webkit.+?(mobile ?safari|safari)(\/[\w\.]+)/i
            // Safari < 3.0
          ],
          [NAME, [VERSION, strMapper, oldSafariMap]],
          [
            /(webkit|khtml)\/([\w\.]+)/i
          ],
          [NAME, VERSION],
          [
            // Gecko based
            /(navigator|netscape\d?)\/([-\w\.]+)/i
            // Netscape
          ],
          [[NAME, "Netscape"], VERSION],
          [
            /(wolvic|librewolf)\/([\w\.]+)/i
            // Wolvic/LibreWolf
          ],
          [NAME, VERSION],
          [
            /mobile vr; rv:([\w\.]+)\).+firefox/i
            // Firefox Reality
          ],
          [VERSION, [NAME, FIREFOX + " Reality"]],
          [
            /ekiohf.+(flow)\/([\w\.]+)/i,
            // Flow
            /(swiftfox)/i,
            // Swiftfox
            /(icedragon|iceweasel|camino|chimera|fennec|maemo browser|minimo|conkeror)[\/ ]?([\w\.\+]+)/i,
            // IceDragon/Iceweasel/Camino/Chimera/Fennec/Maemo/Minimo/Conkeror
            /(seamonkey|k-meleon|icecat|iceape|firebird|phoenix|palemoon|basilisk|waterfox)\/([-\w\.]+)$/i,
            // Firefox/SeaMonkey/K-Meleon/IceCat/IceApe/Firebird/Phoenix
            /(firefox)\/([\w\.]+)/i,
            // Other Firefox-based
            /(mozilla)\/([\w\.]+) .+rv\:.+gecko\/\d+/i,
            // Mozilla
            // Other
            /(amaya|dillo|doris|icab|ladybird|lynx|mosaic|netsurf|obigo|polaris|w3m|(?:go|ice|up)[\. ]?browser)[-\/ ]?v?([\w\.]+)/i,
            // Polaris/Lynx/Dillo/iCab/Doris/Amaya/w3m/NetSurf/Obigo/Mosaic/Go/ICE/UP.Browser/Ladybird
            /\b(links) \(([\w\.]+)/i
            // Links
          ],
          [NAME, [VERSION, /_/g, "."]],
          [
            /(cobalt)\/([\w\.]+)/i
            // Cobalt
          ],
          [NAME, [VERSION, /master.|lts./, ""]]
        ],
        cpu: [
          [
            /\b((amd|x|x86[-_]?|wow|win)64)\b/i
            // AMD64 (x64)
          ],
          [[ARCHITECTURE, "amd64"]],
          [
            /(ia32(?=;))/i,
            // IA32 (quicktime)
            /\b((i[346]|x)86)(pc)?\b/i
            // IA32 (x86)
          ],
          [[ARCHITECTURE, "ia32"]],
          [
            /\b(aarch64|arm(v?[89]e?l?|_?64))\b/i
            // ARM64
          ],
          [[ARCHITECTURE, "arm64"]],
          [
            /\b(arm(v[67])?ht?n?[fl]p?)\b/i
            // ARMHF
          ],
          [[ARCHITECTURE, "armhf"]],
          [
            // PocketPC mistakenly identified as PowerPC
            /( (ce|mobile); ppc;|\/[\w\.]+arm\b)/i
          ],
          [[ARCHITECTURE, "arm"]],
          [
            /((ppc|powerpc)(64)?)( mac|;|\))/i
            // PowerPC
          ],
          [[ARCHITECTURE, /ower/, EMPTY, lowerize]],
          [
            / sun4\w[;\)]/i
            // SPARC
          ],
          [[ARCHITECTURE, "sparc"]],
          [
            /\b(avr32|ia64(?=;)|68k(?=\))|\barm(?=v([1-7]|[5-7]1)l?|;|eabi)|(irix|mips|sparc)(64)?\b|pa-risc)/i
            // IA64, 68K, ARM/64, AVR/32, IRIX/64, MIPS/64, SPARC/64, PA-RISC
          ],
          [[ARCHITECTURE, lowerize]]
        ],
        device: [
          [
            //////////////////////////
            // MOBILES & TABLETS
            /////////////////////////
            // Samsung
            /\b(sch-i[89]0\d|shw-m380s|sm-[ptx]\w{2,4}|gt-[pn]\d{2,4}|sgh-t8[56]9|nexus 10)/i
          ],
          [MODEL, [VENDOR, SAMSUNG], [TYPE, TABLET]],
          [
            /\b((?:s[cgp]h|gt|sm)-(?![lr])\w+|sc[g-]?[\d]+a?|galaxy nexus)/i,
            /samsung[- ]((?!sm-[lr])[-\w]+)/i,
            /sec-(sgh\w+)/i
          ],
          [MODEL, [VENDOR, SAMSUNG], [TYPE, MOBILE]],
          [
            // Apple
            /(?:\/|\()(ip(?:hone|od)[\w, ]*)(?:\/|;)/i
            // iPod/iPhone
          ],
          [MODEL, [VENDOR, APPLE], [TYPE, MOBILE]],
          [
            /\((ipad);[-\w\),; ]+apple/i,
            // iPad
            /applecoremedia\/[\w\.]+ \((ipad)/i,
            /\b(ipad)\d\d?,\d\d?[;\]].+ios/i
          ],
          [MODEL, [VENDOR, APPLE], [TYPE, TABLET]],
          [
            /(macintosh);/i
          ],
          [MODEL, [VENDOR, APPLE]],
          [
            // Sharp
            /\b(sh-?[altvz]?\d\d[a-ekm]?)/i
          ],
          [MODEL, [VENDOR, SHARP], [TYPE, MOBILE]],
          [
            // Honor
            /\b((?:brt|eln|hey2?|gdi|jdn)-a?[lnw]09|(?:ag[rm]3?|jdn2|kob2)-a?[lw]0[09]hn)(?: bui|\)|;)/i
          ],
          [MODEL, [VENDOR, HONOR], [TYPE, TABLET]],
          [
            /honor([-\w ]+)[;\)]/i
          ],
          [MODEL, [VENDOR, HONOR], [TYPE, MOBILE]],
          [
            // Huawei
            /\b((?:ag[rs][2356]?k?|bah[234]?|bg[2o]|bt[kv]|cmr|cpn|db[ry]2?|jdn2|got|kob2?k?|mon|pce|scm|sht?|[tw]gr|vrd)-[ad]?[lw][0125][09]b?|605hw|bg2-u03|(?:gem|fdr|m2|ple|t1)-[7a]0[1-4][lu]|t1-a2[13][lw]|mediapad[\w\. ]*(?= bui|\)))\b(?!.+d\/s)/i
          ],
          [MODEL, [VENDOR, HUAWEI], [TYPE, TABLET]],
          [
            /(?:huawei)([-\w ]+)[;\)]/i,
            /\b(nexus 6p|\w{2,4}e?-[atu]?[ln][\dx][012359c][adn]?)\b(?!.+d\/s)/i
          ],
          [MODEL, [VENDOR, HUAWEI], [TYPE, MOBILE]],
          [
            // Xiaomi
            /oid[^\)]+; (2[\dbc]{4}(182|283|rp\w{2})[cgl]|m2105k81a?c)(?: bui|\))/i,
            /\b((?:red)?mi[-_ ]?pad[\w- ]*)(?: bui|\))/i
            // Mi Pad tablets
          ],
          [[MODEL, /_/g, " "], [VENDOR, XIAOMI], [TYPE, TABLET]],
          [
            /\b(poco[\w ]+|m2\d{3}j\d\d[a-z]{2})(?: bui|\))/i,
            // Xiaomi POCO
            /\b; (\w+) build\/hm\1/i,
            // Xiaomi Hongmi 'numeric' models
            /\b(hm[-_ ]?note?[_ ]?(?:\d\w)?) bui/i,
            // Xiaomi Hongmi
            /\b(redmi[\-_ ]?(?:note|k)?[\w_ ]+)(?: bui|\))/i,
            // Xiaomi Redmi
            /oid[^\)]+; (m?[12][0-389][01]\w{3,6}[c-y])( bui|; wv|\))/i,
            // Xiaomi Redmi 'numeric' models
            /\b(mi[-_ ]?(?:a\d|one|one[_ ]plus|note lte|max|cc)?[_ ]?(?:\d?\w?)[_ ]?(?:plus|se|lite|pro)?)(?: bui|\))/i,
            // Xiaomi Mi
            / ([\w ]+) miui\/v?\d/i
          ],
          [[MODEL, /_/g, " "], [VENDOR, XIAOMI], [TYPE, MOBILE]],
          [
            // OPPO
            /; (\w+) bui.+ oppo/i,
            /\b(cph[12]\d{3}|p(?:af|c[al]|d\w|e[ar])[mt]\d0|x9007|a101op)\b/i
          ],
          [MODEL, [VENDOR, OPPO], [TYPE, MOBILE]],
          [
            /\b(opd2(\d{3}a?))(?: bui|\))/i
          ],
          [MODEL, [VENDOR, strMapper, { "OnePlus": ["304", "403", "203"], "*": OPPO }], [TYPE, TABLET]],
          [
            // Vivo
            /vivo (\w+)(?: bui|\))/i,
            /\b(v[12]\d{3}\w?[at])(?: bui|;)/i
          ],
          [MODEL, [VENDOR, "Vivo"], [TYPE, MOBILE]],
          [
            // Realme
            /\b(rmx[1-3]\d{3})(?: bui|;|\))/i
          ],
          [MODEL, [VENDOR, "Realme"], [TYPE, MOBILE]],
          [
            // Motorola
            /\b(milestone|droid(?:[2-4x]| (?:bionic|x2|pro|razr))?:?( 4g)?)\b[\w ]+build\//i,
            /\bmot(?:orola)?[- ](\w*)/i,
            /((?:moto(?! 360)[\w\(\) ]+|xt\d{3,4}|nexus 6)(?= bui|\)))/i
          ],
          [MODEL, [VENDOR, MOTOROLA], [TYPE, MOBILE]],
          [
            /\b(mz60\d|xoom[2 ]{0,2}) build\//i
          ],
          [MODEL, [VENDOR, MOTOROLA], [TYPE, TABLET]],
          [
            // LG
            /((?=lg)?[vl]k\-?\d{3}) bui| 3\.[-\w; ]{10}lg?-([06cv9]{3,4})/i
          ],
          [MODEL, [VENDOR, LG], [TYPE, TABLET]],
          [
            /(lm(?:-?f100[nv]?|-[\w\.]+)(?= bui|\))|nexus [45])/i,
            /\blg[-e;\/ ]+((?!browser|netcast|android tv|watch)\w+)/i,
            /\blg-?([\d\w]+) bui/i
          ],
          [MODEL, [VENDOR, LG], [TYPE, MOBILE]],
          [
            // Lenovo
            /(ideatab[-\w ]+|602lv|d-42a|a101lv|a2109a|a3500-hv|s[56]000|pb-6505[my]|tb-?x?\d{3,4}(?:f[cu]|xu|[av])|yt\d?-[jx]?\d+[lfmx])( bui|;|\)|\/)/i,
            /lenovo ?(b[68]0[08]0-?[hf]?|tab(?:[\w- ]+?)|tb[\w-]{6,7})( bui|;|\)|\/)/i
          ],
          [MODEL, [VENDOR, LENOVO], [TYPE, TABLET]],
          [
            // Nokia
            /(nokia) (t[12][01])/i
          ],
          [VENDOR, MODEL, [TYPE, TABLET]],
          [
            /(?:maemo|nokia).*(n900|lumia \d+|rm-\d+)/i,
            /nokia[-_ ]?(([-\w\. ]*))/i
          ],
          [[MODEL, /_/g, " "], [TYPE, MOBILE], [VENDOR, "Nokia"]],
          [
            // Google
            /(pixel (c|tablet))\b/i
            // Google Pixel C/Tablet
          ],
          [MODEL, [VENDOR, GOOGLE], [TYPE, TABLET]],
          [
            /droid.+; (pixel[\daxl ]{0,6})(?: bui|\))/i
            // Google Pixel
          ],
          [MODEL, [VENDOR, GOOGLE], [TYPE, MOBILE]],
          [
            // Sony
            /droid.+; (a?\d[0-2]{2}so|[c-g]\d{4}|so[-gl]\w+|xq-a\w[4-7][12])(?= bui|\).+chrome\/(?![1-6]{0,1}\d\.))/i
          ],
          [MODEL, [VENDOR, SONY], [TYPE, MOBILE]],
          [
            /sony tablet [ps]/i,
            /\b(?:sony)?sgp\w+(?: bui|\))/i
          ],
          [[MODEL, "Xperia Tablet"], [VENDOR, SONY], [TYPE, TABLET]],
          [
            // OnePlus
            / (kb2005|in20[12]5|be20[12][59])\b/i,
            /(?:one)?(?:plus)? (a\d0\d\d)(?: b|\))/i
          ],
          [MODEL, [VENDOR, ONEPLUS], [TYPE, MOBILE]],
          [
            // Amazon
            /(alexa)webm/i,
            /(kf[a-z]{2}wi|aeo(?!bc)\w\w)( bui|\))/i,
            // Kindle Fire without Silk / Echo Show
            /(kf[a-z]+)( bui|\)).+silk\//i
            // Kindle Fire HD
          ],
          [MODEL, [VENDOR, AMAZON], [TYPE, TABLET]],
          [
            /((?:sd|kf)[0349hijorstuw]+)( bui|\)).+silk\//i
            // Fire Phone
          ],
          [[MODEL, /(.+)/g, "Fire Phone $1"], [VENDOR, AMAZON], [TYPE, MOBILE]],
          [
            // BlackBerry
            /(playbook);[-\w\),; ]+(rim)/i
            // BlackBerry PlayBook
          ],
          [MODEL, VENDOR, [TYPE, TABLET]],
          [
            /\b((?:bb[a-f]|st[hv])100-\d)/i,
            /\(bb10; (\w+)/i
            // BlackBerry 10
          ],
          [MODEL, [VENDOR, BLACKBERRY], [TYPE, MOBILE]],
          [
            // Asus
            /(?:\b|asus_)(transfo[prime ]{4,10} \w+|eeepc|slider \w+|nexus 7|padfone|p00[cj])/i
          ],
          [MODEL, [VENDOR, ASUS], [TYPE, TABLET]],
          [
            / (z[bes]6[027][012][km][ls]|zenfone \d\w?)\b/i
          ],
          [MODEL, [VENDOR, ASUS], [TYPE, MOBILE]],
          [
            // HTC
            /(nexus 9)/i
            // HTC Nexus 9
          ],
          [MODEL, [VENDOR, "HTC"], [TYPE, TABLET]],
          [
            /(htc)[-;_ ]{1,2}([\w ]+(?=\)| bui)|\w+)/i,
            // HTC
            // ZTE
            /(zte)[- ]([\w ]+?)(?: bui|\/|\))/i,
            /(alcatel|geeksphone|nexian|panasonic(?!(?:;|\.))|sony(?!-bra))[-_ ]?([-\w]*)/i
            // Alcatel/GeeksPhone/Nexian/Panasonic/Sony
          ],
          [VENDOR, [MODEL, /_/g, " "], [TYPE, MOBILE]],
          [
            // TCL
            /droid [\w\.]+; ((?:8[14]9[16]|9(?:0(?:48|60|8[01])|1(?:3[27]|66)|2(?:6[69]|9[56])|466))[gqswx])\w*(\)| bui)/i
          ],
          [MODEL, [VENDOR, "TCL"], [TYPE, TABLET]],
          [
            // itel
            /(itel) ((\w+))/i
          ],
          [[VENDOR, lowerize], MODEL, [TYPE, strMapper, { "tablet": ["p10001l", "w7001"], "*": "mobile" }]],
          [
            // Acer
            /droid.+; ([ab][1-7]-?[0178a]\d\d?)/i
          ],
          [MODEL, [VENDOR, "Acer"], [TYPE, TABLET]],
          [
            // Meizu
            /droid.+; (m[1-5] note) bui/i,
            /\bmz-([-\w]{2,})/i
          ],
          [MODEL, [VENDOR, "Meizu"], [TYPE, MOBILE]],
          [
            // Ulefone
            /; ((?:power )?armor(?:[\w ]{0,8}))(?: bui|\))/i
          ],
          [MODEL, [VENDOR, "Ulefone"], [TYPE, MOBILE]],
          [
            // Energizer
            /; (energy ?\w+)(?: bui|\))/i,
            /; energizer ([\w ]+)(?: bui|\))/i
          ],
          [MODEL, [VENDOR, "Energizer"], [TYPE, MOBILE]],
          [
            // Cat
            /; cat (b35);/i,
            /; (b15q?|s22 flip|s48c|s62 pro)(?: bui|\))/i
          ],
          [MODEL, [VENDOR, "Cat"], [TYPE, MOBILE]],
          [
            // Smartfren
            /((?:new )?andromax[\w- ]+)(?: bui|\))/i
          ],
          [MODEL, [VENDOR, "Smartfren"], [TYPE, MOBILE]],
          [
            // Nothing
            /droid.+; (a(?:015|06[35]|142p?))/i
          ],
          [MODEL, [VENDOR, "Nothing"], [TYPE, MOBILE]],
          [
            // Archos
            /; (x67 5g|tikeasy \w+|ac[1789]\d\w+)( b|\))/i,
            /archos ?(5|gamepad2?|([\w ]*[t1789]|hello) ?\d+[\w ]*)( b|\))/i
          ],
          [MODEL, [VENDOR, "Archos"], [TYPE, TABLET]],
          [
            /archos ([\w ]+)( b|\))/i,
            /; (ac[3-6]\d\w{2,8})( b|\))/i
          ],
          [MODEL, [VENDOR, "Archos"], [TYPE, MOBILE]],
          [
            // MIXED
            /(imo) (tab \w+)/i,
            // IMO
            /(infinix) (x1101b?)/i
            // Infinix XPad
          ],
          [VENDOR, MODEL, [TYPE, TABLET]],
          [
            /(blackberry|benq|palm(?=\-)|sonyericsson|acer|asus(?! zenw)|dell|jolla|meizu|motorola|polytron|infinix|tecno|micromax|advan)[-_ ]?([-\w]*)/i,
            // BlackBerry/BenQ/Palm/Sony-Ericsson/Acer/Asus/Dell/Meizu/Motorola/Polytron/Infinix/Tecno/Micromax/Advan
            /; (hmd|imo) ([\w ]+?)(?: bui|\))/i,
            // HMD/IMO
            /(hp) ([\w ]+\w)/i,
            // HP iPAQ
            /(microsoft); (lumia[\w ]+)/i,
            // Microsoft Lumia
            /(lenovo)[-_ ]?([-\w ]+?)(?: bui|\)|\/)/i,
            // Lenovo
            /(oppo) ?([\w ]+) bui/i
            // OPPO
          ],
          [VENDOR, MODEL, [TYPE, MOBILE]],
          [
            /(kobo)\s(ereader|touch)/i,
            // Kobo
            /(hp).+(touchpad(?!.+tablet)|tablet)/i,
            // HP TouchPad
            /(kindle)\/([\w\.]+)/i,
            // Kindle
            /(nook)[\w ]+build\/(\w+)/i,
            // Nook
            /(dell) (strea[kpr\d ]*[\dko])/i,
            // Dell Streak
            /(le[- ]+pan)[- ]+(\w{1,9}) bui/i,
            // Le Pan Tablets
            /(trinity)[- ]*(t\d{3}) bui/i,
            // Trinity Tablets
            /(gigaset)[- ]+(q\w{1,9}) bui/i,
            // Gigaset Tablets
            /(vodafone) ([\w ]+)(?:\)| bui)/i
            // Vodafone
          ],
          [VENDOR, MODEL, [TYPE, TABLET]],
          [
            /(surface duo)/i
            // Surface Duo
          ],
          [MODEL, [VENDOR, MICROSOFT], [TYPE, TABLET]],
          [
            /droid [\d\.]+; (fp\du?)(?: b|\))/i
            // Fairphone
          ],
          [MODEL, [VENDOR, "Fairphone"], [TYPE, MOBILE]],
          [
            /(u304aa)/i
            // AT&T
          ],
          [MODEL, [VENDOR, "AT&T"], [TYPE, MOBILE]],
          [
            /\bsie-(\w*)/i
            // Siemens
          ],
          [MODEL, [VENDOR, "Siemens"], [TYPE, MOBILE]],
          [
            /\b(rct\w+) b/i
            // RCA Tablets
          ],
          [MODEL, [VENDOR, "RCA"], [TYPE, TABLET]],
          [
            /\b(venue[\d ]{2,7}) b/i
            // Dell Venue Tablets
          ],
          [MODEL, [VENDOR, "Dell"], [TYPE, TABLET]],
          [
            /\b(q(?:mv|ta)\w+) b/i
            // Verizon Tablet
          ],
          [MODEL, [VENDOR, "Verizon"], [TYPE, TABLET]],
          [
            /\b(?:barnes[& ]+noble |bn[rt])([\w\+ ]*) b/i
            // Barnes & Noble Tablet
          ],
          [MODEL, [VENDOR, "Barnes & Noble"], [TYPE, TABLET]],
          [
            /\b(tm\d{3}\w+) b/i
          ],
          [MODEL, [VENDOR, "NuVision"], [TYPE, TABLET]],
          [
            /\b(k88) b/i
            // ZTE K Series Tablet
          ],
          [MODEL, [VENDOR, "ZTE"], [TYPE, TABLET]],
          [
            /\b(nx\d{3}j) b/i
            // ZTE Nubia
          ],
          [MODEL, [VENDOR, "ZTE"], [TYPE, MOBILE]],
          [
            /\b(gen\d{3}) b.+49h/i
            // Swiss GEN Mobile
          ],
          [MODEL, [VENDOR, "Swiss"], [TYPE, MOBILE]],
          [
            /\b(zur\d{3}) b/i
            // Swiss ZUR Tablet
          ],
          [MODEL, [VENDOR, "Swiss"], [TYPE, TABLET]],
          [
            /\b((zeki)?tb.*\b) b/i
            // Zeki Tablets
          ],
          [MODEL, [VENDOR, "Zeki"], [TYPE, TABLET]],
          [
            /\b([yr]\d{2}) b/i,
            /\b(dragon[- ]+touch |dt)(\w{5}) b/i
            // Dragon Touch Tablet
          ],
          [[VENDOR, "Dragon Touch"], MODEL, [TYPE, TABLET]],
          [
            /\b(ns-?\w{0,9}) b/i
            // Insignia Tablets
          ],
          [MODEL, [VENDOR, "Insignia"], [TYPE, TABLET]],
          [
            /\b((nxa|next)-?\w{0,9}) b/i
            // NextBook Tablets
          ],
          [MODEL, [VENDOR, "NextBook"], [TYPE, TABLET]],
          [
            /\b(xtreme\_)?(v(1[045]|2[015]|[3469]0|7[05])) b/i
            // Voice Xtreme Phones
          ],
          [[VENDOR, "Voice"], MODEL, [TYPE, MOBILE]],
          [
            /\b(lvtel\-)?(v1[12]) b/i
            // LvTel Phones
          ],
          [[VENDOR, "LvTel"], MODEL, [TYPE, MOBILE]],
          [
            /\b(ph-1) /i
            // Essential PH-1
          ],
          [MODEL, [VENDOR, "Essential"], [TYPE, MOBILE]],
          [
            /\b(v(100md|700na|7011|917g).*\b) b/i
            // Envizen Tablets
          ],
          [MODEL, [VENDOR, "Envizen"], [TYPE, TABLET]],
          [
            /\b(trio[-\w\. ]+) b/i
            // MachSpeed Tablets
          ],
          [MODEL, [VENDOR, "MachSpeed"], [TYPE, TABLET]],
          [
            /\btu_(1491) b/i
            // Rotor Tablets
          ],
          [MODEL, [VENDOR, "Rotor"], [TYPE, TABLET]],
          [
            /((?:tegranote|shield t(?!.+d tv))[\w- ]*?)(?: b|\))/i
            // Nvidia Tablets
          ],
          [MODEL, [VENDOR, NVIDIA], [TYPE, TABLET]],
          [
            /(sprint) (\w+)/i
            // Sprint Phones
          ],
          [VENDOR, MODEL, [TYPE, MOBILE]],
          [
            /(kin\.[onetw]{3})/i
            // Microsoft Kin
          ],
          [[MODEL, /\./g, " "], [VENDOR, MICROSOFT], [TYPE, MOBILE]],
          [
            /droid.+; (cc6666?|et5[16]|mc[239][23]x?|vc8[03]x?)\)/i
            // Zebra
          ],
          [MODEL, [VENDOR, ZEBRA], [TYPE, TABLET]],
          [
            /droid.+; (ec30|ps20|tc[2-8]\d[kx])\)/i
          ],
          [MODEL, [VENDOR, ZEBRA], [TYPE, MOBILE]],
          [
            ///////////////////
            // SMARTTVS
            ///////////////////
            /smart-tv.+(samsung)/i
            // Samsung
          ],
          [VENDOR, [TYPE, SMARTTV]],
          [
            /hbbtv.+maple;(\d+)/i
          ],
          [[MODEL, /^/, "SmartTV"], [VENDOR, SAMSUNG], [TYPE, SMARTTV]],
          [
            /(nux; netcast.+smarttv|lg (netcast\.tv-201\d|android tv))/i
            // LG SmartTV
          ],
          [[VENDOR, LG], [TYPE, SMARTTV]],
          [
            /(apple) ?tv/i
            // Apple TV
          ],
          [VENDOR, [MODEL, APPLE + " TV"], [TYPE, SMARTTV]],
          [
            /crkey/i
            // Google Chromecast
          ],
          [[MODEL, CHROME + "cast"], [VENDOR, GOOGLE], [TYPE, SMARTTV]],
          [
            /droid.+aft(\w+)( bui|\))/i
            // Fire TV
          ],
          [MODEL, [VENDOR, AMAZON], [TYPE, SMARTTV]],
          [
            /(shield \w+ tv)/i
            // Nvidia Shield TV
          ],
          [MODEL, [VENDOR, NVIDIA], [TYPE, SMARTTV]],
          [
            /\(dtv[\);].+(aquos)/i,
            /(aquos-tv[\w ]+)\)/i
            // Sharp
          ],
          [MODEL, [VENDOR, SHARP], [TYPE, SMARTTV]],
          [
            /(bravia[\w ]+)( bui|\))/i
            // Sony
          ],
          [MODEL, [VENDOR, SONY], [TYPE, SMARTTV]],
          [
            /(mi(tv|box)-?\w+) bui/i
            // Xiaomi
          ],
          [MODEL, [VENDOR, XIAOMI], [TYPE, SMARTTV]],
          [
            /Hbbtv.*(technisat) (.*);/i
            // TechniSAT
          ],
          [VENDOR, MODEL, [TYPE, SMARTTV]],
          [
            /\b(roku)[\dx]*[\)\/]((?:dvp-)?[\d\.]*)/i,
            // Roku
            /hbbtv\/\d+\.\d+\.\d+ +\([\w\+ ]*; *([\w\d][^;]*);([^;]*)/i
            // HbbTV devices
          ],
          [[VENDOR, trim], [MODEL, trim], [TYPE, SMARTTV]],
          [
            // SmartTV from Unidentified Vendors
            /droid.+; ([\w- ]+) (?:android tv|smart[- ]?tv)/i
          ],
          [MODEL, [TYPE, SMARTTV]],
          [
            /\b(android tv|smart[- ]?tv|opera tv|tv; rv:)\b/i
          ],
          [[TYPE, SMARTTV]],
          [
            ///////////////////
            // CONSOLES
            ///////////////////
            /(ouya)/i,
            // Ouya
            /(nintendo) ([wids3utch]+)/i
            // Nintendo
          ],
          [VENDOR, MODEL, [TYPE, CONSOLE]],
          [
            /droid.+; (shield)( bui|\))/i
            // Nvidia Portable
          ],
          [MODEL, [VENDOR, NVIDIA], [TYPE, CONSOLE]],
          [
            /(playstation \w+)/i
            // Playstation
          ],
          [MODEL, [VENDOR, SONY], [TYPE, CONSOLE]],
          [
            /\b(xbox(?: one)?(?!; xbox))[\); ]/i
            // Microsoft Xbox
          ],
          [MODEL, [VENDOR, MICROSOFT], [TYPE, CONSOLE]],
          [
            ///////////////////
            // WEARABLES
            ///////////////////
            /\b(sm-[lr]\d\d[0156][fnuw]?s?|gear live)\b/i
            // Samsung Galaxy Watch
          ],
          [MODEL, [VENDOR, SAMSUNG], [TYPE, WEARABLE]],
          [
            /((pebble))app/i,
            // Pebble
            /(asus|google|lg|oppo) ((pixel |zen)?watch[\w ]*)( bui|\))/i
            // Asus ZenWatch / LG Watch / Pixel Watch
          ],
          [VENDOR, MODEL, [TYPE, WEARABLE]],
          [
            /(ow(?:19|20)?we?[1-3]{1,3})/i
            // Oppo Watch
          ],
          [MODEL, [VENDOR, OPPO], [TYPE, WEARABLE]],
          [
            /(watch)(?: ?os[,\/]|\d,\d\/)[\d\.]+/i
            // Apple Watch
          ],
          [MODEL, [VENDOR, APPLE], [TYPE, WEARABLE]],
          [
            /(opwwe\d{3})/i
            // OnePlus Watch
          ],
          [MODEL, [VENDOR, ONEPLUS], [TYPE, WEARABLE]],
          [
            /(moto 360)/i
            // Motorola 360
          ],
          [MODEL, [VENDOR, MOTOROLA], [TYPE, WEARABLE]],
          [
            /(smartwatch 3)/i
            // Sony SmartWatch
          ],
          [MODEL, [VENDOR, SONY], [TYPE, WEARABLE]],
          [
            /(g watch r)/i
            // LG G Watch R
          ],
          [MODEL, [VENDOR, LG], [TYPE, WEARABLE]],
          [
            /droid.+; (wt63?0{2,3})\)/i
          ],
          [MODEL, [VENDOR, ZEBRA], [TYPE, WEARABLE]],
          [
            ///////////////////
            // XR
            ///////////////////
            /droid.+; (glass) \d/i
            // Google Glass
          ],
          [MODEL, [VENDOR, GOOGLE], [TYPE, WEARABLE]],
          [
            /(pico) (4|neo3(?: link|pro)?)/i
            // Pico
          ],
          [VENDOR, MODEL, [TYPE, WEARABLE]],
          [
            /; (quest( \d| pro)?)/i
            // Oculus Quest
          ],
          [MODEL, [VENDOR, FACEBOOK], [TYPE, WEARABLE]],
          [
            ///////////////////
            // EMBEDDED
            ///////////////////
            /(tesla)(?: qtcarbrowser|\/[-\w\.]+)/i
            // Tesla
          ],
          [VENDOR, [TYPE, EMBEDDED]],
          [
            /(aeobc)\b/i
            // Echo Dot
          ],
          [MODEL, [VENDOR, AMAZON], [TYPE, EMBEDDED]],
          [
            /(homepod).+mac os/i
            // Apple HomePod
          ],
          [MODEL, [VENDOR, APPLE], [TYPE, EMBEDDED]],
          [
            /windows iot/i
          ],
          [[TYPE, EMBEDDED]],
          [
            ////////////////////
            // MIXED (GENERIC)
            ///////////////////
            /droid .+?; ([^;]+?)(?: bui|; wv\)|\) applew).+? mobile safari/i
            // Android Phones from Unidentified Vendors
          ],
          [MODEL, [TYPE, MOBILE]],
          [
            /droid .+?; ([^;]+?)(?: bui|\) applew).+?(?! mobile) safari/i
            // Android Tablets from Unidentified Vendors
          ],
          [MODEL, [TYPE, TABLET]],
          [
            /\b((tablet|tab)[;\/]|focus\/\d(?!.+mobile))/i
            // Unidentifiable Tablet
          ],
          [[TYPE, TABLET]],
          [
            /(phone|mobile(?:[;\/]| [ \w\/\.]*safari)|pda(?=.+windows ce))/i
            // Unidentifiable Mobile
          ],
          [[TYPE, MOBILE]],
          [
            /droid .+?; ([\w\. -]+)( bui|\))/i
            // Generic Android Device
          ],
          [MODEL, [VENDOR, "Generic"]]
        ],
        engine: [
          [
            /windows.+ edge\/([\w\.]+)/i
            // EdgeHTML
          ],
          [VERSION, [NAME, EDGE + "HTML"]],
          [
            /(arkweb)\/([\w\.]+)/i
            // ArkWeb
          ],
          [NAME, VERSION],
          [
            /webkit\/537\.36.+chrome\/(?!27)([\w\.]+)/i
            // Blink
          ],
          [VERSION, [NAME, "Blink"]],
          [
            /(presto)\/([\w\.]+)/i,
            // Presto
            /(webkit|trident|netfront|netsurf|amaya|lynx|w3m|goanna|servo)\/([\w\.]+)/i,
            // WebKit/Trident/NetFront/NetSurf/Amaya/Lynx/w3m/Goanna/Servo
            /ekioh(flow)\/([\w\.]+)/i,
            // Flow
            /(khtml|tasman|links)[\/ ]\(?([\w\.]+)/i,
            // KHTML/Tasman/Links
            /(icab)[\/ ]([23]\.[\d\.]+)/i,
            // iCab
            /\b(libweb)/i
            // LibWeb
          ],
          [NAME, VERSION],
          [
            /ladybird\//i
          ],
          [[NAME, "LibWeb"]],
          [
            /rv\:([\w\.]{1,9})\b.+(gecko)/i
            // Gecko
          ],
          [VERSION, NAME]
        ],
        os: [
          [
            // Windows
            /microsoft (windows) (vista|xp)/i
            // Windows (iTunes)
          ],
          [NAME, VERSION],
          [
            /(windows (?:phone(?: os)?|mobile|iot))[\/ ]?([\d\.\w ]*)/i
            // Windows Phone
          ],
          [NAME, [VERSION, strMapper, windowsVersionMap]],
          [
            /windows nt 6\.2; (arm)/i,
            // Windows RT
            /windows[\/ ]([ntce\d\. ]+\w)(?!.+xbox)/i,
            /(?:win(?=3|9|n)|win 9x )([nt\d\.]+)/i
          ],
          [[VERSION, strMapper, windowsVersionMap], [NAME, "Windows"]],
          [
            // iOS/macOS
            /[adehimnop]{4,7}\b(?:.*os ([\w]+) like mac|; opera)/i,
            // iOS
            /(?:ios;fbsv\/|iphone.+ios[\/ ])([\d\.]+)/i,
            /cfnetwork\/.+darwin/i
          ],
          [[VERSION, /_/g, "."], [NAME, "iOS"]],
          [
            /(mac os x) ?([\w\. ]*)/i,
            /(macintosh|mac_powerpc\b)(?!.+haiku)/i
            // Mac OS
          ],
          [[NAME, MAC_OS], [VERSION, /_/g, "."]],
          [
            // Mobile OSes
            /droid ([\w\.]+)\b.+(android[- ]x86|harmonyos)/i
            // Android-x86/HarmonyOS
          ],
          [VERSION, NAME],
          [
            /(ubuntu) ([\w\.]+) like android/i
            // Ubuntu Touch
          ],
          [[NAME, /(.+)/, "$1 Touch"], VERSION],
          [
            // Android/Blackberry/WebOS/QNX/Bada/RIM/KaiOS/Maemo/MeeGo/S40/Sailfish OS/OpenHarmony/Tizen
            /(android|bada|blackberry|kaios|maemo|meego|openharmony|qnx|rim tablet os|sailfish|series40|symbian|tizen|webos)\w*[-\/; ]?([\d\.]*)/i
          ],
          [NAME, VERSION],
          [
            /\(bb(10);/i
            // BlackBerry 10
          ],
          [VERSION, [NAME, BLACKBERRY]],
          [
            /(?:symbian ?os|symbos|s60(?=;)|series ?60)[-\/ ]?([\w\.]*)/i
            // Symbian
          ],
          [VERSION, [NAME, "Symbian"]],
          [
            /mozilla\/[\d\.]+ \((?:mobile|tablet|tv|mobile; [\w ]+); rv:.+ gecko\/([\w\.]+)/i
            // Firefox OS
          ],
          [VERSION, [NAME, FIREFOX + " OS"]],
          [
            /web0s;.+rt(tv)/i,
            /\b(?:hp)?wos(?:browser)?\/([\w\.]+)/i
            // WebOS
          ],
          [VERSION, [NAME, "webOS"]],
          [
            /watch(?: ?os[,\/]|\d,\d\/)([\d\.]+)/i
            // watchOS
          ],
          [VERSION, [NAME, "watchOS"]],
          [
            // Google Chromecast
            /crkey\/([\d\.]+)/i
            // Google Chromecast
          ],
          [VERSION, [NAME, CHROME + "cast"]],
          [
            /(cros) [\w]+(?:\)| ([\w\.]+)\b)/i
            // Chromium OS
          ],
          [[NAME, CHROMIUM_OS], VERSION],
          [
            // Smart TVs
            /panasonic;(viera)/i,
            // Panasonic Viera
            /(netrange)mmh/i,
            // Netrange
            /(nettv)\/(\d+\.[\w\.]+)/i,
            // NetTV
            // Console
            /(nintendo|playstation) ([wids345portablevuch]+)/i,
            // Nintendo/Playstation
            /(xbox); +xbox ([^\);]+)/i,
            // Microsoft Xbox (360, One, X, S, Series X, Series S)
            // Other
            /\b(joli|palm)\b ?(?:os)?\/?([\w\.]*)/i,
            // Joli/Palm
            /(mint)[\/\(\) ]?(\w*)/i,
            // Mint
            /(mageia|vectorlinux)[; ]/i,
            // Mageia/VectorLinux
            /([kxln]?ubuntu|debian|suse|opensuse|gentoo|arch(?= linux)|slackware|fedora|mandriva|centos|pclinuxos|red ?hat|zenwalk|linpus|raspbian|plan 9|minix|risc os|contiki|deepin|manjaro|elementary os|sabayon|linspire)(?: gnu\/linux)?(?: enterprise)?(?:[- ]linux)?(?:-gnu)?[-\/ ]?(?!chrom|package)([-\w\.]*)/i,
            // Ubuntu/Debian/SUSE/Gentoo/Arch/Slackware/Fedora/Mandriva/CentOS/PCLinuxOS/RedHat/Zenwalk/Linpus/Raspbian/Plan9/Minix/RISCOS/Contiki/Deepin/Manjaro/elementary/Sabayon/Linspire
            /(hurd|linux)(?: arm\w*| x86\w*| ?)([\w\.]*)/i,
            // Hurd/Linux
            /(gnu) ?([\w\.]*)/i,
            // GNU
            /\b([-frentopcghs]{0,5}bsd|dragonfly)[\/ ]?(?!amd|[ix346]{1,2}86)([\w\.]*)/i,
            // FreeBSD/NetBSD/OpenBSD/PC-BSD/GhostBSD/DragonFly
            /(haiku) (\w+)/i
            // Haiku
          ],
          [NAME, VERSION],
          [
            /(sunos) ?([\w\.\d]*)/i
            // Solaris
          ],
          [[NAME, "Solaris"], VERSION],
          [
            /((?:open)?solaris)[-\/ ]?([\w\.]*)/i,
            // Solaris
            /(aix) ((\d)(?=\.|\)| )[\w\.])*/i,
            // AIX
            /\b(beos|os\/2|amigaos|morphos|openvms|fuchsia|hp-ux|serenityos)/i,
            // BeOS/OS2/AmigaOS/MorphOS/OpenVMS/Fuchsia/HP-UX/SerenityOS
            /(unix) ?([\w\.]*)/i
            // UNIX
          ],
          [NAME, VERSION]
        ]
      };
      var UAParser = function(ua, extensions) {
        if (typeof ua === OBJ_TYPE) {
          extensions = ua;
          ua = undefined2;
        }
        if (!(this instanceof UAParser)) {
          return new UAParser(ua, extensions).getResult();
        }
        var _navigator = typeof window2 !== UNDEF_TYPE && window2.navigator ? window2.navigator : undefined2;
        var _ua = ua || (_navigator && _navigator.userAgent ? _navigator.userAgent : EMPTY);
        var _uach = _navigator && _navigator.userAgentData ? _navigator.userAgentData : undefined2;
        var _rgxmap = extensions ? extend(regexes, extensions) : regexes;
        var _isSelfNav = _navigator && _navigator.userAgent == _ua;
        this.getBrowser = function() {
          var _browser = {};
          _browser[NAME] = undefined2;
          _browser[VERSION] = undefined2;
          rgxMapper.call(_browser, _ua, _rgxmap.browser);
          _browser[MAJOR] = majorize(_browser[VERSION]);
          if (_isSelfNav && _navigator && _navigator.brave && typeof _navigator.brave.isBrave == FUNC_TYPE) {
            _browser[NAME] = "Brave";
          }
          return _browser;
        };
        this.getCPU = function() {
          var _cpu = {};
          _cpu[ARCHITECTURE] = undefined2;
          rgxMapper.call(_cpu, _ua, _rgxmap.cpu);
          return _cpu;
        };
        this.getDevice = function() {
          var _device = {};
          _device[VENDOR] = undefined2;
          _device[MODEL] = undefined2;
          _device[TYPE] = undefined2;
          rgxMapper.call(_device, _ua, _rgxmap.device);
          if (_isSelfNav && !_device[TYPE] && _uach && _uach.mobile) {
            _device[TYPE] = MOBILE;
          }
          if (_isSelfNav && _device[MODEL] == "Macintosh" && _navigator && typeof _navigator.standalone !== UNDEF_TYPE && _navigator.maxTouchPoints && _navigator.maxTouchPoints > 2) {
            _device[MODEL] = "iPad";
            _device[TYPE] = TABLET;
          }
          return _device;
        };
        this.getEngine = function() {
          var _engine = {};
          _engine[NAME] = undefined2;
          _engine[VERSION] = undefined2;
          rgxMapper.call(_engine, _ua, _rgxmap.engine);
          return _engine;
        };
        this.getOS = function() {
          var _os = {};
          _os[NAME] = undefined2;
          _os[VERSION] = undefined2;
          rgxMapper.call(_os, _ua, _rgxmap.os);
          if (_isSelfNav && !_os[NAME] && _uach && _uach.platform && _uach.platform != "Unknown") {
            _os[NAME] = _uach.platform.replace(/chrome os/i, CHROMIUM_OS).replace(/macos/i, MAC_OS);
          }
          return _os;
        };
        this.getResult = function() {
          return {
            ua: this.getUA(),
            browser: this.getBrowser(),
            engine: this.getEngine(),
            os: this.getOS(),
            device: this.getDevice(),
            cpu: this.getCPU()
          };
        };
        this.getUA = function() {
          return _ua;
        };
        this.setUA = function(ua2) {
          _ua = typeof ua2 === STR_TYPE && ua2.length > UA_MAX_LENGTH ? trim(ua2, UA_MAX_LENGTH) : ua2;
          return this;
        };
        this.setUA(_ua);
        return this;
      };
      UAParser.VERSION = LIBVERSION;
      UAParser.BROWSER = enumerize([NAME, VERSION, MAJOR]);
      UAParser.CPU = enumerize([ARCHITECTURE]);
      UAParser.DEVICE = enumerize([MODEL, VENDOR, TYPE, CONSOLE, MOBILE, SMARTTV, TABLET, WEARABLE, EMBEDDED]);
      UAParser.ENGINE = UAParser.OS = enumerize([NAME, VERSION]);
      if (typeof exports !== UNDEF_TYPE) {
        if (typeof module !== UNDEF_TYPE && module.exports) {
          exports = module.exports = UAParser;
        }
        exports.UAParser = UAParser;
      } else {
        if (typeof define === FUNC_TYPE && define.amd) {
          define(function() {
            return UAParser;
          });
        } else if (typeof window2 !== UNDEF_TYPE) {
          window2.UAParser = UAParser;
        }
      }
      var $ = typeof window2 !== UNDEF_TYPE && (window2.jQuery || window2.Zepto);
      if ($ && !$.ua) {
        var parser = new UAParser();
        $.ua = parser.getResult();
        $.ua.get = function() {
          return parser.getUA();
        };
        $.ua.set = function(ua) {
          parser.setUA(ua);
          var result = parser.getResult();
          for (var prop in result) {
            $.ua[prop] = result[prop];
          }
        };
      }
    })(typeof window === "object" ? window : exports);
  }
});

// node_modules/@passageidentity/webauthnutils/dist/index.js
var import_ua_parser_js = __toESM(require_ua_parser(), 1);
var o_ = async (ir, b) => {
  let a;
  const H = new Promise((Z) => {
    a = setTimeout(Z, b);
  });
  return Promise.race([ir, H]).then((Z) => (clearTimeout(a), Z));
};
var nt = class {
  /**
   * Encode bytes using array buffer
   * @param {ArrayBufferLike} arrayBuffer The array buffer
   * @return {string} Base64 URL string
   */
  static encodeBytes(b) {
    const a = btoa(String.fromCharCode(...new Uint8Array(b))).replace(/\+/g, "-").replace(/\//g, "_");
    return oa(a);
  }
  /**
   * Decode bytes using a Base64 URL string
   * @param {string} b64URLStr The Base64 URL string
   * @return {Uint8Array} Array buffer
   */
  static decodeBytes(b) {
    const a = b.replace(/-/g, "+").replace(/_/g, "/"), H = oa(a);
    return Uint8Array.from(atob(H), (Z) => Z.charCodeAt(0));
  }
};
var oa = (ir) => {
  const b = ir.indexOf("=");
  return ir.slice(0, b === -1 ? ir.length : b);
};
var tt = typeof globalThis < "u" ? globalThis : typeof window < "u" ? window : typeof global < "u" ? global : typeof self < "u" ? self : {};
var Xt = { exports: {} };
Xt.exports;
(function(ir, b) {
  (function() {
    var a, H = "4.17.21", Z = 200, rn = "Unsupported core-js use. Try https://npms.io/search?q=ponyfill.", hr = "Expected a function", aa = "Invalid `variable` option passed into `_.template`", en = "__lodash_hash_undefined__", fa = 500, ut = "__lodash_placeholder__", Zr = 1, ju2 = 2, pe = 4, ve = 1, it = 2, pr = 1, te = 2, Ou2 = 4, Sr = 8, _e = 16, Er = 32, ge = 64, Wr = 128, Le = 256, tn = 512, ca = 30, la = "...", sa = 800, ha = 16, ku = 1, pa = 2, va = 3, ne = 1 / 0, Gr = 9007199254740991, _a = 17976931348623157e292, ot = NaN, zr = 4294967295, ga = zr - 1, da = zr >>> 1, ya = [
      ["ary", Wr],
      ["bind", pr],
      ["bindKey", te],
      ["curry", Sr],
      ["curryRight", _e],
      ["flip", tn],
      ["partial", Er],
      ["partialRight", ge],
      ["rearg", Le]
    ], de = "[object Arguments]", at = "[object Array]", ma = "[object AsyncFunction]", We2 = "[object Boolean]", Pe = "[object Date]", ba = "[object DOMException]", ft = "[object Error]", ct = "[object Function]", Su = "[object GeneratorFunction]", xr = "[object Map]", De = "[object Number]", wa = "[object Null]", Pr = "[object Object]", Eu2 = "[object Promise]", xa = "[object Proxy]", Fe = "[object RegExp]", Ar = "[object Set]", Re = "[object String]", lt2 = "[object Symbol]", Aa = "[object Undefined]", $e = "[object WeakMap]", Ca = "[object WeakSet]", Ue2 = "[object ArrayBuffer]", ye = "[object DataView]", nn = "[object Float32Array]", un = "[object Float64Array]", on = "[object Int8Array]", an = "[object Int16Array]", fn = "[object Int32Array]", cn = "[object Uint8Array]", ln = "[object Uint8ClampedArray]", sn = "[object Uint16Array]", hn = "[object Uint32Array]", ja = /\b__p \+= '';/g, Oa = /\b(__p \+=) '' \+/g, ka = /(__e\(.*?\)|\b__t\)) \+\n'';/g, zu2 = /&(?:amp|lt|gt|quot|#39);/g, Bu2 = /[&<>"']/g, Sa = RegExp(zu2.source), Ea = RegExp(Bu2.source), za2 = /<%-([\s\S]+?)%>/g, Ba = /<%([\s\S]+?)%>/g, Iu = /<%=([\s\S]+?)%>/g, Ia = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/, La = /^\w*$/, Wa = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g, pn = /[\\^$.*+?()[\]{}|]/g, Pa = RegExp(pn.source), vn = /^\s+/, Da = /\s/, Fa = /\{(?:\n\/\* \[wrapped with .+\] \*\/)?\n?/, Ra = /\{\n\/\* \[wrapped with (.+)\] \*/, $a2 = /,? & /, Ua = /[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g, Ta = /[()=,{}\[\]\/\s]/, qa = /\\(\\)?/g, Ka2 = /\$\{([^\\}]*(?:\\.[^\\}]*)*)\}/g, Lu2 = /\w*$/, Ma = /^[-+]0x[0-9a-f]+$/i, Za2 = /^0b[01]+$/i, Ga2 = /^\[object .+?Constructor\]$/, Ha2 = /^0o[0-7]+$/i, Va2 = /^(?:0|[1-9]\d*)$/, Ja2 = /[\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u017f]/g, st = /($^)/, Na = /['\n\r\u2028\u2029\\]/g, ht = "\\ud800-\\udfff", Ya2 = "\\u0300-\\u036f", Qa = "\\ufe20-\\ufe2f", Xa = "\\u20d0-\\u20ff", Wu2 = Ya2 + Qa + Xa, Pu = "\\u2700-\\u27bf", Du2 = "a-z\\xdf-\\xf6\\xf8-\\xff", rf = "\\xac\\xb1\\xd7\\xf7", ef = "\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf", tf = "\\u2000-\\u206f", nf = " \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000", Fu2 = "A-Z\\xc0-\\xd6\\xd8-\\xde", Ru = "\\ufe0e\\ufe0f", $u2 = rf + ef + tf + nf, _n = "['\u2019]", uf = "[" + ht + "]", Uu2 = "[" + $u2 + "]", pt = "[" + Wu2 + "]", Tu = "\\d+", of = "[" + Pu + "]", qu = "[" + Du2 + "]", Ku2 = "[^" + ht + $u2 + Tu + Pu + Du2 + Fu2 + "]", gn = "\\ud83c[\\udffb-\\udfff]", af = "(?:" + pt + "|" + gn + ")", Mu2 = "[^" + ht + "]", dn = "(?:\\ud83c[\\udde6-\\uddff]){2}", yn = "[\\ud800-\\udbff][\\udc00-\\udfff]", me = "[" + Fu2 + "]", Zu2 = "\\u200d", Gu2 = "(?:" + qu + "|" + Ku2 + ")", ff = "(?:" + me + "|" + Ku2 + ")", Hu2 = "(?:" + _n + "(?:d|ll|m|re|s|t|ve))?", Vu2 = "(?:" + _n + "(?:D|LL|M|RE|S|T|VE))?", Ju2 = af + "?", Nu2 = "[" + Ru + "]?", cf = "(?:" + Zu2 + "(?:" + [Mu2, dn, yn].join("|") + ")" + Nu2 + Ju2 + ")*", lf = "\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])", sf = "\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])", Yu = Nu2 + Ju2 + cf, hf = "(?:" + [of, dn, yn].join("|") + ")" + Yu, pf = "(?:" + [Mu2 + pt + "?", pt, dn, yn, uf].join("|") + ")", vf = RegExp(_n, "g"), _f = RegExp(pt, "g"), mn = RegExp(gn + "(?=" + gn + ")|" + pf + Yu, "g"), gf = RegExp([
      me + "?" + qu + "+" + Hu2 + "(?=" + [Uu2, me, "$"].join("|") + ")",
      ff + "+" + Vu2 + "(?=" + [Uu2, me + Gu2, "$"].join("|") + ")",
      me + "?" + Gu2 + "+" + Hu2,
      me + "+" + Vu2,
      sf,
      lf,
      Tu,
      hf
    ].join("|"), "g"), df = RegExp("[" + Zu2 + ht + Wu2 + Ru + "]"), yf = /[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]/, mf = [
      "Array",
      "Buffer",
      "DataView",
      "Date",
      "Error",
      "Float32Array",
      "Float64Array",
      "Function",
      "Int8Array",
      "Int16Array",
      "Int32Array",
      "Map",
      "Math",
      "Object",
      "Promise",
      "RegExp",
      "Set",
      "String",
      "Symbol",
      "TypeError",
      "Uint8Array",
      "Uint8ClampedArray",
      "Uint16Array",
      "Uint32Array",
      "WeakMap",
      "_",
      "clearTimeout",
      "isFinite",
      "parseInt",
      "setTimeout"
    ], bf = -1, F = {};
    F[nn] = F[un] = F[on] = F[an] = F[fn] = F[cn] = F[ln] = F[sn] = F[hn] = true, F[de] = F[at] = F[Ue2] = F[We2] = F[ye] = F[Pe] = F[ft] = F[ct] = F[xr] = F[De] = F[Pr] = F[Fe] = F[Ar] = F[Re] = F[$e] = false;
    var D = {};
    D[de] = D[at] = D[Ue2] = D[ye] = D[We2] = D[Pe] = D[nn] = D[un] = D[on] = D[an] = D[fn] = D[xr] = D[De] = D[Pr] = D[Fe] = D[Ar] = D[Re] = D[lt2] = D[cn] = D[ln] = D[sn] = D[hn] = true, D[ft] = D[ct] = D[$e] = false;
    var wf = {
      // Latin-1 Supplement block.
      \u00C0: "A",
      \u00C1: "A",
      \u00C2: "A",
      \u00C3: "A",
      \u00C4: "A",
      \u00C5: "A",
      \u00E0: "a",
      \u00E1: "a",
      \u00E2: "a",
      \u00E3: "a",
      \u00E4: "a",
      \u00E5: "a",
      \u00C7: "C",
      \u00E7: "c",
      \u00D0: "D",
      \u00F0: "d",
      \u00C8: "E",
      \u00C9: "E",
      \u00CA: "E",
      \u00CB: "E",
      \u00E8: "e",
      \u00E9: "e",
      \u00EA: "e",
      \u00EB: "e",
      \u00CC: "I",
      \u00CD: "I",
      \u00CE: "I",
      \u00CF: "I",
      \u00EC: "i",
      \u00ED: "i",
      \u00EE: "i",
      \u00EF: "i",
      \u00D1: "N",
      \u00F1: "n",
      \u00D2: "O",
      \u00D3: "O",
      \u00D4: "O",
      \u00D5: "O",
      \u00D6: "O",
      \u00D8: "O",
      \u00F2: "o",
      \u00F3: "o",
      \u00F4: "o",
      \u00F5: "o",
      \u00F6: "o",
      \u00F8: "o",
      \u00D9: "U",
      \u00DA: "U",
      \u00DB: "U",
      \u00DC: "U",
      \u00F9: "u",
      \u00FA: "u",
      \u00FB: "u",
      \u00FC: "u",
      \u00DD: "Y",
      \u00FD: "y",
      \u00FF: "y",
      \u00C6: "Ae",
      \u00E6: "ae",
      \u00DE: "Th",
      \u00FE: "th",
      \u00DF: "ss",
      // Latin Extended-A block.
      \u0100: "A",
      \u0102: "A",
      \u0104: "A",
      \u0101: "a",
      \u0103: "a",
      \u0105: "a",
      \u0106: "C",
      \u0108: "C",
      \u010A: "C",
      \u010C: "C",
      \u0107: "c",
      \u0109: "c",
      \u010B: "c",
      \u010D: "c",
      \u010E: "D",
      \u0110: "D",
      \u010F: "d",
      \u0111: "d",
      \u0112: "E",
      \u0114: "E",
      \u0116: "E",
      \u0118: "E",
      \u011A: "E",
      \u0113: "e",
      \u0115: "e",
      \u0117: "e",
      \u0119: "e",
      \u011B: "e",
      \u011C: "G",
      \u011E: "G",
      \u0120: "G",
      \u0122: "G",
      \u011D: "g",
      \u011F: "g",
      \u0121: "g",
      \u0123: "g",
      \u0124: "H",
      \u0126: "H",
      \u0125: "h",
      \u0127: "h",
      \u0128: "I",
      \u012A: "I",
      \u012C: "I",
      \u012E: "I",
      \u0130: "I",
      \u0129: "i",
      \u012B: "i",
      \u012D: "i",
      \u012F: "i",
      \u0131: "i",
      \u0134: "J",
      \u0135: "j",
      \u0136: "K",
      \u0137: "k",
      \u0138: "k",
      \u0139: "L",
      \u013B: "L",
      \u013D: "L",
      \u013F: "L",
      \u0141: "L",
      \u013A: "l",
      \u013C: "l",
      \u013E: "l",
      \u0140: "l",
      \u0142: "l",
      \u0143: "N",
      \u0145: "N",
      \u0147: "N",
      \u014A: "N",
      \u0144: "n",
      \u0146: "n",
      \u0148: "n",
      \u014B: "n",
      \u014C: "O",
      \u014E: "O",
      \u0150: "O",
      \u014D: "o",
      \u014F: "o",
      \u0151: "o",
      \u0154: "R",
      \u0156: "R",
      \u0158: "R",
      \u0155: "r",
      \u0157: "r",
      \u0159: "r",
      \u015A: "S",
      \u015C: "S",
      \u015E: "S",
      \u0160: "S",
      \u015B: "s",
      \u015D: "s",
      \u015F: "s",
      \u0161: "s",
      \u0162: "T",
      \u0164: "T",
      \u0166: "T",
      \u0163: "t",
      \u0165: "t",
      \u0167: "t",
      \u0168: "U",
      \u016A: "U",
      \u016C: "U",
      \u016E: "U",
      \u0170: "U",
      \u0172: "U",
      \u0169: "u",
      \u016B: "u",
      \u016D: "u",
      \u016F: "u",
      \u0171: "u",
      \u0173: "u",
      \u0174: "W",
      \u0175: "w",
      \u0176: "Y",
      \u0177: "y",
      \u0178: "Y",
      \u0179: "Z",
      \u017B: "Z",
      \u017D: "Z",
      \u017A: "z",
      \u017C: "z",
      \u017E: "z",
      \u0132: "IJ",
      \u0133: "ij",
      \u0152: "Oe",
      \u0153: "oe",
      \u0149: "'n",
      \u017F: "s"
    }, xf = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#39;"
    }, Af = {
      "&amp;": "&",
      "&lt;": "<",
      "&gt;": ">",
      "&quot;": '"',
      "&#39;": "'"
    }, Cf = {
      "\\": "\\",
      "'": "'",
      "\n": "n",
      "\r": "r",
      "\u2028": "u2028",
      "\u2029": "u2029"
    }, jf = parseFloat, Of = parseInt, Qu = typeof tt == "object" && tt && tt.Object === Object && tt, kf = typeof self == "object" && self && self.Object === Object && self, V = Qu || kf || Function("return this")(), bn = b && !b.nodeType && b, ue = bn && true && ir && !ir.nodeType && ir, Xu = ue && ue.exports === bn, wn = Xu && Qu.process, vr2 = (function() {
      try {
        var l = ue && ue.require && ue.require("util").types;
        return l || wn && wn.binding && wn.binding("util");
      } catch {
      }
    })(), ri = vr2 && vr2.isArrayBuffer, ei = vr2 && vr2.isDate, ti = vr2 && vr2.isMap, ni = vr2 && vr2.isRegExp, ui = vr2 && vr2.isSet, ii = vr2 && vr2.isTypedArray;
    function or(l, p, h) {
      switch (h.length) {
        case 0:
          return l.call(p);
        case 1:
          return l.call(p, h[0]);
        case 2:
          return l.call(p, h[0], h[1]);
        case 3:
          return l.call(p, h[0], h[1], h[2]);
      }
      return l.apply(p, h);
    }
    function Sf(l, p, h, y) {
      for (var C = -1, I2 = l == null ? 0 : l.length; ++C < I2; ) {
        var K = l[C];
        p(y, K, h(K), l);
      }
      return y;
    }
    function _r(l, p) {
      for (var h = -1, y = l == null ? 0 : l.length; ++h < y && p(l[h], h, l) !== false; )
        ;
      return l;
    }
    function Ef(l, p) {
      for (var h = l == null ? 0 : l.length; h-- && p(l[h], h, l) !== false; )
        ;
      return l;
    }
    function oi(l, p) {
      for (var h = -1, y = l == null ? 0 : l.length; ++h < y; )
        if (!p(l[h], h, l))
          return false;
      return true;
    }
    function Hr(l, p) {
      for (var h = -1, y = l == null ? 0 : l.length, C = 0, I2 = []; ++h < y; ) {
        var K = l[h];
        p(K, h, l) && (I2[C++] = K);
      }
      return I2;
    }
    function vt(l, p) {
      var h = l == null ? 0 : l.length;
      return !!h && be(l, p, 0) > -1;
    }
    function xn(l, p, h) {
      for (var y = -1, C = l == null ? 0 : l.length; ++y < C; )
        if (h(p, l[y]))
          return true;
      return false;
    }
    function R(l, p) {
      for (var h = -1, y = l == null ? 0 : l.length, C = Array(y); ++h < y; )
        C[h] = p(l[h], h, l);
      return C;
    }
    function Vr(l, p) {
      for (var h = -1, y = p.length, C = l.length; ++h < y; )
        l[C + h] = p[h];
      return l;
    }
    function An(l, p, h, y) {
      var C = -1, I2 = l == null ? 0 : l.length;
      for (y && I2 && (h = l[++C]); ++C < I2; )
        h = p(h, l[C], C, l);
      return h;
    }
    function zf(l, p, h, y) {
      var C = l == null ? 0 : l.length;
      for (y && C && (h = l[--C]); C--; )
        h = p(h, l[C], C, l);
      return h;
    }
    function Cn(l, p) {
      for (var h = -1, y = l == null ? 0 : l.length; ++h < y; )
        if (p(l[h], h, l))
          return true;
      return false;
    }
    var Bf = jn("length");
    function If(l) {
      return l.split("");
    }
    function Lf(l) {
      return l.match(Ua) || [];
    }
    function ai(l, p, h) {
      var y;
      return h(l, function(C, I2, K) {
        if (p(C, I2, K))
          return y = I2, false;
      }), y;
    }
    function _t(l, p, h, y) {
      for (var C = l.length, I2 = h + (y ? 1 : -1); y ? I2-- : ++I2 < C; )
        if (p(l[I2], I2, l))
          return I2;
      return -1;
    }
    function be(l, p, h) {
      return p === p ? Zf(l, p, h) : _t(l, fi, h);
    }
    function Wf(l, p, h, y) {
      for (var C = h - 1, I2 = l.length; ++C < I2; )
        if (y(l[C], p))
          return C;
      return -1;
    }
    function fi(l) {
      return l !== l;
    }
    function ci(l, p) {
      var h = l == null ? 0 : l.length;
      return h ? kn2(l, p) / h : ot;
    }
    function jn(l) {
      return function(p) {
        return p == null ? a : p[l];
      };
    }
    function On(l) {
      return function(p) {
        return l == null ? a : l[p];
      };
    }
    function li(l, p, h, y, C) {
      return C(l, function(I2, K, P) {
        h = y ? (y = false, I2) : p(h, I2, K, P);
      }), h;
    }
    function Pf(l, p) {
      var h = l.length;
      for (l.sort(p); h--; )
        l[h] = l[h].value;
      return l;
    }
    function kn2(l, p) {
      for (var h, y = -1, C = l.length; ++y < C; ) {
        var I2 = p(l[y]);
        I2 !== a && (h = h === a ? I2 : h + I2);
      }
      return h;
    }
    function Sn(l, p) {
      for (var h = -1, y = Array(l); ++h < l; )
        y[h] = p(h);
      return y;
    }
    function Df(l, p) {
      return R(p, function(h) {
        return [h, l[h]];
      });
    }
    function si(l) {
      return l && l.slice(0, _i(l) + 1).replace(vn, "");
    }
    function ar(l) {
      return function(p) {
        return l(p);
      };
    }
    function En(l, p) {
      return R(p, function(h) {
        return l[h];
      });
    }
    function Te(l, p) {
      return l.has(p);
    }
    function hi(l, p) {
      for (var h = -1, y = l.length; ++h < y && be(p, l[h], 0) > -1; )
        ;
      return h;
    }
    function pi(l, p) {
      for (var h = l.length; h-- && be(p, l[h], 0) > -1; )
        ;
      return h;
    }
    function Ff(l, p) {
      for (var h = l.length, y = 0; h--; )
        l[h] === p && ++y;
      return y;
    }
    var Rf = On(wf), $f = On(xf);
    function Uf(l) {
      return "\\" + Cf[l];
    }
    function Tf(l, p) {
      return l == null ? a : l[p];
    }
    function we(l) {
      return df.test(l);
    }
    function qf(l) {
      return yf.test(l);
    }
    function Kf(l) {
      for (var p, h = []; !(p = l.next()).done; )
        h.push(p.value);
      return h;
    }
    function zn(l) {
      var p = -1, h = Array(l.size);
      return l.forEach(function(y, C) {
        h[++p] = [C, y];
      }), h;
    }
    function vi(l, p) {
      return function(h) {
        return l(p(h));
      };
    }
    function Jr(l, p) {
      for (var h = -1, y = l.length, C = 0, I2 = []; ++h < y; ) {
        var K = l[h];
        (K === p || K === ut) && (l[h] = ut, I2[C++] = h);
      }
      return I2;
    }
    function gt(l) {
      var p = -1, h = Array(l.size);
      return l.forEach(function(y) {
        h[++p] = y;
      }), h;
    }
    function Mf(l) {
      var p = -1, h = Array(l.size);
      return l.forEach(function(y) {
        h[++p] = [y, y];
      }), h;
    }
    function Zf(l, p, h) {
      for (var y = h - 1, C = l.length; ++y < C; )
        if (l[y] === p)
          return y;
      return -1;
    }
    function Gf(l, p, h) {
      for (var y = h + 1; y--; )
        if (l[y] === p)
          return y;
      return y;
    }
    function xe(l) {
      return we(l) ? Vf(l) : Bf(l);
    }
    function Cr(l) {
      return we(l) ? Jf(l) : If(l);
    }
    function _i(l) {
      for (var p = l.length; p-- && Da.test(l.charAt(p)); )
        ;
      return p;
    }
    var Hf = On(Af);
    function Vf(l) {
      for (var p = mn.lastIndex = 0; mn.test(l); )
        ++p;
      return p;
    }
    function Jf(l) {
      return l.match(mn) || [];
    }
    function Nf(l) {
      return l.match(gf) || [];
    }
    var Yf = function l(p) {
      p = p == null ? V : Ae.defaults(V.Object(), p, Ae.pick(V, mf));
      var h = p.Array, y = p.Date, C = p.Error, I2 = p.Function, K = p.Math, P = p.Object, Bn = p.RegExp, Qf = p.String, gr = p.TypeError, dt = h.prototype, Xf = I2.prototype, Ce = P.prototype, yt = p["__core-js_shared__"], mt = Xf.toString, W = Ce.hasOwnProperty, rc = 0, gi = (function() {
        var r2 = /[^.]+$/.exec(yt && yt.keys && yt.keys.IE_PROTO || "");
        return r2 ? "Symbol(src)_1." + r2 : "";
      })(), bt = Ce.toString, ec = mt.call(P), tc = V._, nc = Bn(
        "^" + mt.call(W).replace(pn, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
      ), wt = Xu ? p.Buffer : a, Nr = p.Symbol, xt = p.Uint8Array, di = wt ? wt.allocUnsafe : a, At = vi(P.getPrototypeOf, P), yi = P.create, mi = Ce.propertyIsEnumerable, Ct = dt.splice, bi = Nr ? Nr.isConcatSpreadable : a, qe = Nr ? Nr.iterator : a, ie = Nr ? Nr.toStringTag : a, jt = (function() {
        try {
          var r2 = le(P, "defineProperty");
          return r2({}, "", {}), r2;
        } catch {
        }
      })(), uc = p.clearTimeout !== V.clearTimeout && p.clearTimeout, ic = y && y.now !== V.Date.now && y.now, oc = p.setTimeout !== V.setTimeout && p.setTimeout, Ot = K.ceil, kt2 = K.floor, In = P.getOwnPropertySymbols, ac = wt ? wt.isBuffer : a, wi = p.isFinite, fc = dt.join, cc = vi(P.keys, P), M = K.max, N = K.min, lc = y.now, sc = p.parseInt, xi = K.random, hc = dt.reverse, Ln = le(p, "DataView"), Ke = le(p, "Map"), Wn = le(p, "Promise"), je2 = le(p, "Set"), Me = le(p, "WeakMap"), Ze = le(P, "create"), St = Me && new Me(), Oe = {}, pc = se(Ln), vc = se(Ke), _c = se(Wn), gc = se(je2), dc = se(Me), Et = Nr ? Nr.prototype : a, Ge = Et ? Et.valueOf : a, Ai = Et ? Et.toString : a;
      function i(r2) {
        if (U(r2) && !j(r2) && !(r2 instanceof z2)) {
          if (r2 instanceof dr)
            return r2;
          if (W.call(r2, "__wrapped__"))
            return jo(r2);
        }
        return new dr(r2);
      }
      var ke = /* @__PURE__ */ (function() {
        function r2() {
        }
        return function(e2) {
          if (!$(e2))
            return {};
          if (yi)
            return yi(e2);
          r2.prototype = e2;
          var t2 = new r2();
          return r2.prototype = a, t2;
        };
      })();
      function zt() {
      }
      function dr(r2, e2) {
        this.__wrapped__ = r2, this.__actions__ = [], this.__chain__ = !!e2, this.__index__ = 0, this.__values__ = a;
      }
      i.templateSettings = {
        /**
         * Used to detect `data` property values to be HTML-escaped.
         *
         * @memberOf _.templateSettings
         * @type {RegExp}
         */
        escape: za2,
        /**
         * Used to detect code to be evaluated.
         *
         * @memberOf _.templateSettings
         * @type {RegExp}
         */
        evaluate: Ba,
        /**
         * Used to detect `data` property values to inject.
         *
         * @memberOf _.templateSettings
         * @type {RegExp}
         */
        interpolate: Iu,
        /**
         * Used to reference the data object in the template text.
         *
         * @memberOf _.templateSettings
         * @type {string}
         */
        variable: "",
        /**
         * Used to import variables into the compiled template.
         *
         * @memberOf _.templateSettings
         * @type {Object}
         */
        imports: {
          /**
           * A reference to the `lodash` function.
           *
           * @memberOf _.templateSettings.imports
           * @type {Function}
           */
          _: i
        }
      }, i.prototype = zt.prototype, i.prototype.constructor = i, dr.prototype = ke(zt.prototype), dr.prototype.constructor = dr;
      function z2(r2) {
        this.__wrapped__ = r2, this.__actions__ = [], this.__dir__ = 1, this.__filtered__ = false, this.__iteratees__ = [], this.__takeCount__ = zr, this.__views__ = [];
      }
      function yc() {
        var r2 = new z2(this.__wrapped__);
        return r2.__actions__ = er(this.__actions__), r2.__dir__ = this.__dir__, r2.__filtered__ = this.__filtered__, r2.__iteratees__ = er(this.__iteratees__), r2.__takeCount__ = this.__takeCount__, r2.__views__ = er(this.__views__), r2;
      }
      function mc() {
        if (this.__filtered__) {
          var r2 = new z2(this);
          r2.__dir__ = -1, r2.__filtered__ = true;
        } else
          r2 = this.clone(), r2.__dir__ *= -1;
        return r2;
      }
      function bc() {
        var r2 = this.__wrapped__.value(), e2 = this.__dir__, t2 = j(r2), n2 = e2 < 0, u = t2 ? r2.length : 0, o2 = Il(0, u, this.__views__), f = o2.start, c = o2.end, s = c - f, v = n2 ? c : f - 1, _ = this.__iteratees__, g = _.length, d = 0, m = N(s, this.__takeCount__);
        if (!t2 || !n2 && u == s && m == s)
          return Hi(r2, this.__actions__);
        var x = [];
        r:
          for (; s-- && d < m; ) {
            v += e2;
            for (var k = -1, A = r2[v]; ++k < g; ) {
              var E = _[k], B = E.iteratee, lr = E.type, rr = B(A);
              if (lr == pa)
                A = rr;
              else if (!rr) {
                if (lr == ku)
                  continue r;
                break r;
              }
            }
            x[d++] = A;
          }
        return x;
      }
      z2.prototype = ke(zt.prototype), z2.prototype.constructor = z2;
      function oe(r2) {
        var e2 = -1, t2 = r2 == null ? 0 : r2.length;
        for (this.clear(); ++e2 < t2; ) {
          var n2 = r2[e2];
          this.set(n2[0], n2[1]);
        }
      }
      function wc() {
        this.__data__ = Ze ? Ze(null) : {}, this.size = 0;
      }
      function xc(r2) {
        var e2 = this.has(r2) && delete this.__data__[r2];
        return this.size -= e2 ? 1 : 0, e2;
      }
      function Ac(r2) {
        var e2 = this.__data__;
        if (Ze) {
          var t2 = e2[r2];
          return t2 === en ? a : t2;
        }
        return W.call(e2, r2) ? e2[r2] : a;
      }
      function Cc(r2) {
        var e2 = this.__data__;
        return Ze ? e2[r2] !== a : W.call(e2, r2);
      }
      function jc(r2, e2) {
        var t2 = this.__data__;
        return this.size += this.has(r2) ? 0 : 1, t2[r2] = Ze && e2 === a ? en : e2, this;
      }
      oe.prototype.clear = wc, oe.prototype.delete = xc, oe.prototype.get = Ac, oe.prototype.has = Cc, oe.prototype.set = jc;
      function Dr(r2) {
        var e2 = -1, t2 = r2 == null ? 0 : r2.length;
        for (this.clear(); ++e2 < t2; ) {
          var n2 = r2[e2];
          this.set(n2[0], n2[1]);
        }
      }
      function Oc() {
        this.__data__ = [], this.size = 0;
      }
      function kc(r2) {
        var e2 = this.__data__, t2 = Bt(e2, r2);
        if (t2 < 0)
          return false;
        var n2 = e2.length - 1;
        return t2 == n2 ? e2.pop() : Ct.call(e2, t2, 1), --this.size, true;
      }
      function Sc(r2) {
        var e2 = this.__data__, t2 = Bt(e2, r2);
        return t2 < 0 ? a : e2[t2][1];
      }
      function Ec(r2) {
        return Bt(this.__data__, r2) > -1;
      }
      function zc(r2, e2) {
        var t2 = this.__data__, n2 = Bt(t2, r2);
        return n2 < 0 ? (++this.size, t2.push([r2, e2])) : t2[n2][1] = e2, this;
      }
      Dr.prototype.clear = Oc, Dr.prototype.delete = kc, Dr.prototype.get = Sc, Dr.prototype.has = Ec, Dr.prototype.set = zc;
      function Fr(r2) {
        var e2 = -1, t2 = r2 == null ? 0 : r2.length;
        for (this.clear(); ++e2 < t2; ) {
          var n2 = r2[e2];
          this.set(n2[0], n2[1]);
        }
      }
      function Bc() {
        this.size = 0, this.__data__ = {
          hash: new oe(),
          map: new (Ke || Dr)(),
          string: new oe()
        };
      }
      function Ic(r2) {
        var e2 = Kt(this, r2).delete(r2);
        return this.size -= e2 ? 1 : 0, e2;
      }
      function Lc(r2) {
        return Kt(this, r2).get(r2);
      }
      function Wc(r2) {
        return Kt(this, r2).has(r2);
      }
      function Pc(r2, e2) {
        var t2 = Kt(this, r2), n2 = t2.size;
        return t2.set(r2, e2), this.size += t2.size == n2 ? 0 : 1, this;
      }
      Fr.prototype.clear = Bc, Fr.prototype.delete = Ic, Fr.prototype.get = Lc, Fr.prototype.has = Wc, Fr.prototype.set = Pc;
      function ae(r2) {
        var e2 = -1, t2 = r2 == null ? 0 : r2.length;
        for (this.__data__ = new Fr(); ++e2 < t2; )
          this.add(r2[e2]);
      }
      function Dc(r2) {
        return this.__data__.set(r2, en), this;
      }
      function Fc(r2) {
        return this.__data__.has(r2);
      }
      ae.prototype.add = ae.prototype.push = Dc, ae.prototype.has = Fc;
      function jr(r2) {
        var e2 = this.__data__ = new Dr(r2);
        this.size = e2.size;
      }
      function Rc() {
        this.__data__ = new Dr(), this.size = 0;
      }
      function $c(r2) {
        var e2 = this.__data__, t2 = e2.delete(r2);
        return this.size = e2.size, t2;
      }
      function Uc(r2) {
        return this.__data__.get(r2);
      }
      function Tc(r2) {
        return this.__data__.has(r2);
      }
      function qc(r2, e2) {
        var t2 = this.__data__;
        if (t2 instanceof Dr) {
          var n2 = t2.__data__;
          if (!Ke || n2.length < Z - 1)
            return n2.push([r2, e2]), this.size = ++t2.size, this;
          t2 = this.__data__ = new Fr(n2);
        }
        return t2.set(r2, e2), this.size = t2.size, this;
      }
      jr.prototype.clear = Rc, jr.prototype.delete = $c, jr.prototype.get = Uc, jr.prototype.has = Tc, jr.prototype.set = qc;
      function Ci(r2, e2) {
        var t2 = j(r2), n2 = !t2 && he(r2), u = !t2 && !n2 && ee(r2), o2 = !t2 && !n2 && !u && Be(r2), f = t2 || n2 || u || o2, c = f ? Sn(r2.length, Qf) : [], s = c.length;
        for (var v in r2)
          (e2 || W.call(r2, v)) && !(f && // Safari 9 has enumerable `arguments.length` in strict mode.
          (v == "length" || // Node.js 0.10 has enumerable non-index properties on buffers.
          u && (v == "offset" || v == "parent") || // PhantomJS 2 has enumerable non-index properties on typed arrays.
          o2 && (v == "buffer" || v == "byteLength" || v == "byteOffset") || // Skip index properties.
          Tr(v, s))) && c.push(v);
        return c;
      }
      function ji(r2) {
        var e2 = r2.length;
        return e2 ? r2[Zn(0, e2 - 1)] : a;
      }
      function Kc(r2, e2) {
        return Mt(er(r2), fe(e2, 0, r2.length));
      }
      function Mc(r2) {
        return Mt(er(r2));
      }
      function Pn(r2, e2, t2) {
        (t2 !== a && !Or(r2[e2], t2) || t2 === a && !(e2 in r2)) && Rr(r2, e2, t2);
      }
      function He2(r2, e2, t2) {
        var n2 = r2[e2];
        (!(W.call(r2, e2) && Or(n2, t2)) || t2 === a && !(e2 in r2)) && Rr(r2, e2, t2);
      }
      function Bt(r2, e2) {
        for (var t2 = r2.length; t2--; )
          if (Or(r2[t2][0], e2))
            return t2;
        return -1;
      }
      function Zc(r2, e2, t2, n2) {
        return Yr(r2, function(u, o2, f) {
          e2(n2, u, t2(u), f);
        }), n2;
      }
      function Oi(r2, e2) {
        return r2 && Ir(e2, G(e2), r2);
      }
      function Gc(r2, e2) {
        return r2 && Ir(e2, nr(e2), r2);
      }
      function Rr(r2, e2, t2) {
        e2 == "__proto__" && jt ? jt(r2, e2, {
          configurable: true,
          enumerable: true,
          value: t2,
          writable: true
        }) : r2[e2] = t2;
      }
      function Dn(r2, e2) {
        for (var t2 = -1, n2 = e2.length, u = h(n2), o2 = r2 == null; ++t2 < n2; )
          u[t2] = o2 ? a : gu(r2, e2[t2]);
        return u;
      }
      function fe(r2, e2, t2) {
        return r2 === r2 && (t2 !== a && (r2 = r2 <= t2 ? r2 : t2), e2 !== a && (r2 = r2 >= e2 ? r2 : e2)), r2;
      }
      function yr(r2, e2, t2, n2, u, o2) {
        var f, c = e2 & Zr, s = e2 & ju2, v = e2 & pe;
        if (t2 && (f = u ? t2(r2, n2, u, o2) : t2(r2)), f !== a)
          return f;
        if (!$(r2))
          return r2;
        var _ = j(r2);
        if (_) {
          if (f = Wl(r2), !c)
            return er(r2, f);
        } else {
          var g = Y(r2), d = g == ct || g == Su;
          if (ee(r2))
            return Ni(r2, c);
          if (g == Pr || g == de || d && !u) {
            if (f = s || d ? {} : _o(r2), !c)
              return s ? Al(r2, Gc(f, r2)) : xl(r2, Oi(f, r2));
          } else {
            if (!D[g])
              return u ? r2 : {};
            f = Pl(r2, g, c);
          }
        }
        o2 || (o2 = new jr());
        var m = o2.get(r2);
        if (m)
          return m;
        o2.set(r2, f), Zo(r2) ? r2.forEach(function(A) {
          f.add(yr(A, e2, t2, A, r2, o2));
        }) : Ko(r2) && r2.forEach(function(A, E) {
          f.set(E, yr(A, e2, t2, E, r2, o2));
        });
        var x = v ? s ? tu : eu : s ? nr : G, k = _ ? a : x(r2);
        return _r(k || r2, function(A, E) {
          k && (E = A, A = r2[E]), He2(f, E, yr(A, e2, t2, E, r2, o2));
        }), f;
      }
      function Hc(r2) {
        var e2 = G(r2);
        return function(t2) {
          return ki(t2, r2, e2);
        };
      }
      function ki(r2, e2, t2) {
        var n2 = t2.length;
        if (r2 == null)
          return !n2;
        for (r2 = P(r2); n2--; ) {
          var u = t2[n2], o2 = e2[u], f = r2[u];
          if (f === a && !(u in r2) || !o2(f))
            return false;
        }
        return true;
      }
      function Si(r2, e2, t2) {
        if (typeof r2 != "function")
          throw new gr(hr);
        return rt(function() {
          r2.apply(a, t2);
        }, e2);
      }
      function Ve(r2, e2, t2, n2) {
        var u = -1, o2 = vt, f = true, c = r2.length, s = [], v = e2.length;
        if (!c)
          return s;
        t2 && (e2 = R(e2, ar(t2))), n2 ? (o2 = xn, f = false) : e2.length >= Z && (o2 = Te, f = false, e2 = new ae(e2));
        r:
          for (; ++u < c; ) {
            var _ = r2[u], g = t2 == null ? _ : t2(_);
            if (_ = n2 || _ !== 0 ? _ : 0, f && g === g) {
              for (var d = v; d--; )
                if (e2[d] === g)
                  continue r;
              s.push(_);
            } else o2(e2, g, n2) || s.push(_);
          }
        return s;
      }
      var Yr = eo(Br), Ei = eo(Rn, true);
      function Vc(r2, e2) {
        var t2 = true;
        return Yr(r2, function(n2, u, o2) {
          return t2 = !!e2(n2, u, o2), t2;
        }), t2;
      }
      function It(r2, e2, t2) {
        for (var n2 = -1, u = r2.length; ++n2 < u; ) {
          var o2 = r2[n2], f = e2(o2);
          if (f != null && (c === a ? f === f && !cr(f) : t2(f, c)))
            var c = f, s = o2;
        }
        return s;
      }
      function Jc(r2, e2, t2, n2) {
        var u = r2.length;
        for (t2 = O(t2), t2 < 0 && (t2 = -t2 > u ? 0 : u + t2), n2 = n2 === a || n2 > u ? u : O(n2), n2 < 0 && (n2 += u), n2 = t2 > n2 ? 0 : Ho(n2); t2 < n2; )
          r2[t2++] = e2;
        return r2;
      }
      function zi(r2, e2) {
        var t2 = [];
        return Yr(r2, function(n2, u, o2) {
          e2(n2, u, o2) && t2.push(n2);
        }), t2;
      }
      function J(r2, e2, t2, n2, u) {
        var o2 = -1, f = r2.length;
        for (t2 || (t2 = Fl), u || (u = []); ++o2 < f; ) {
          var c = r2[o2];
          e2 > 0 && t2(c) ? e2 > 1 ? J(c, e2 - 1, t2, n2, u) : Vr(u, c) : n2 || (u[u.length] = c);
        }
        return u;
      }
      var Fn = to(), Bi = to(true);
      function Br(r2, e2) {
        return r2 && Fn(r2, e2, G);
      }
      function Rn(r2, e2) {
        return r2 && Bi(r2, e2, G);
      }
      function Lt(r2, e2) {
        return Hr(e2, function(t2) {
          return qr(r2[t2]);
        });
      }
      function ce(r2, e2) {
        e2 = Xr(e2, r2);
        for (var t2 = 0, n2 = e2.length; r2 != null && t2 < n2; )
          r2 = r2[Lr(e2[t2++])];
        return t2 && t2 == n2 ? r2 : a;
      }
      function Ii(r2, e2, t2) {
        var n2 = e2(r2);
        return j(r2) ? n2 : Vr(n2, t2(r2));
      }
      function Q(r2) {
        return r2 == null ? r2 === a ? Aa : wa : ie && ie in P(r2) ? Bl(r2) : Ml(r2);
      }
      function $n(r2, e2) {
        return r2 > e2;
      }
      function Nc(r2, e2) {
        return r2 != null && W.call(r2, e2);
      }
      function Yc(r2, e2) {
        return r2 != null && e2 in P(r2);
      }
      function Qc(r2, e2, t2) {
        return r2 >= N(e2, t2) && r2 < M(e2, t2);
      }
      function Un(r2, e2, t2) {
        for (var n2 = t2 ? xn : vt, u = r2[0].length, o2 = r2.length, f = o2, c = h(o2), s = 1 / 0, v = []; f--; ) {
          var _ = r2[f];
          f && e2 && (_ = R(_, ar(e2))), s = N(_.length, s), c[f] = !t2 && (e2 || u >= 120 && _.length >= 120) ? new ae(f && _) : a;
        }
        _ = r2[0];
        var g = -1, d = c[0];
        r:
          for (; ++g < u && v.length < s; ) {
            var m = _[g], x = e2 ? e2(m) : m;
            if (m = t2 || m !== 0 ? m : 0, !(d ? Te(d, x) : n2(v, x, t2))) {
              for (f = o2; --f; ) {
                var k = c[f];
                if (!(k ? Te(k, x) : n2(r2[f], x, t2)))
                  continue r;
              }
              d && d.push(x), v.push(m);
            }
          }
        return v;
      }
      function Xc(r2, e2, t2, n2) {
        return Br(r2, function(u, o2, f) {
          e2(n2, t2(u), o2, f);
        }), n2;
      }
      function Je(r2, e2, t2) {
        e2 = Xr(e2, r2), r2 = bo(r2, e2);
        var n2 = r2 == null ? r2 : r2[Lr(br(e2))];
        return n2 == null ? a : or(n2, r2, t2);
      }
      function Li(r2) {
        return U(r2) && Q(r2) == de;
      }
      function rl(r2) {
        return U(r2) && Q(r2) == Ue2;
      }
      function el(r2) {
        return U(r2) && Q(r2) == Pe;
      }
      function Ne(r2, e2, t2, n2, u) {
        return r2 === e2 ? true : r2 == null || e2 == null || !U(r2) && !U(e2) ? r2 !== r2 && e2 !== e2 : tl(r2, e2, t2, n2, Ne, u);
      }
      function tl(r2, e2, t2, n2, u, o2) {
        var f = j(r2), c = j(e2), s = f ? at : Y(r2), v = c ? at : Y(e2);
        s = s == de ? Pr : s, v = v == de ? Pr : v;
        var _ = s == Pr, g = v == Pr, d = s == v;
        if (d && ee(r2)) {
          if (!ee(e2))
            return false;
          f = true, _ = false;
        }
        if (d && !_)
          return o2 || (o2 = new jr()), f || Be(r2) ? ho(r2, e2, t2, n2, u, o2) : El(r2, e2, s, t2, n2, u, o2);
        if (!(t2 & ve)) {
          var m = _ && W.call(r2, "__wrapped__"), x = g && W.call(e2, "__wrapped__");
          if (m || x) {
            var k = m ? r2.value() : r2, A = x ? e2.value() : e2;
            return o2 || (o2 = new jr()), u(k, A, t2, n2, o2);
          }
        }
        return d ? (o2 || (o2 = new jr()), zl(r2, e2, t2, n2, u, o2)) : false;
      }
      function nl(r2) {
        return U(r2) && Y(r2) == xr;
      }
      function Tn(r2, e2, t2, n2) {
        var u = t2.length, o2 = u, f = !n2;
        if (r2 == null)
          return !o2;
        for (r2 = P(r2); u--; ) {
          var c = t2[u];
          if (f && c[2] ? c[1] !== r2[c[0]] : !(c[0] in r2))
            return false;
        }
        for (; ++u < o2; ) {
          c = t2[u];
          var s = c[0], v = r2[s], _ = c[1];
          if (f && c[2]) {
            if (v === a && !(s in r2))
              return false;
          } else {
            var g = new jr();
            if (n2)
              var d = n2(v, _, s, r2, e2, g);
            if (!(d === a ? Ne(_, v, ve | it, n2, g) : d))
              return false;
          }
        }
        return true;
      }
      function Wi(r2) {
        if (!$(r2) || $l(r2))
          return false;
        var e2 = qr(r2) ? nc : Ga2;
        return e2.test(se(r2));
      }
      function ul(r2) {
        return U(r2) && Q(r2) == Fe;
      }
      function il(r2) {
        return U(r2) && Y(r2) == Ar;
      }
      function ol(r2) {
        return U(r2) && Nt(r2.length) && !!F[Q(r2)];
      }
      function Pi(r2) {
        return typeof r2 == "function" ? r2 : r2 == null ? ur : typeof r2 == "object" ? j(r2) ? Ri(r2[0], r2[1]) : Fi(r2) : ua(r2);
      }
      function qn(r2) {
        if (!Xe2(r2))
          return cc(r2);
        var e2 = [];
        for (var t2 in P(r2))
          W.call(r2, t2) && t2 != "constructor" && e2.push(t2);
        return e2;
      }
      function al(r2) {
        if (!$(r2))
          return Kl(r2);
        var e2 = Xe2(r2), t2 = [];
        for (var n2 in r2)
          n2 == "constructor" && (e2 || !W.call(r2, n2)) || t2.push(n2);
        return t2;
      }
      function Kn(r2, e2) {
        return r2 < e2;
      }
      function Di(r2, e2) {
        var t2 = -1, n2 = tr(r2) ? h(r2.length) : [];
        return Yr(r2, function(u, o2, f) {
          n2[++t2] = e2(u, o2, f);
        }), n2;
      }
      function Fi(r2) {
        var e2 = uu(r2);
        return e2.length == 1 && e2[0][2] ? yo(e2[0][0], e2[0][1]) : function(t2) {
          return t2 === r2 || Tn(t2, r2, e2);
        };
      }
      function Ri(r2, e2) {
        return ou(r2) && go(e2) ? yo(Lr(r2), e2) : function(t2) {
          var n2 = gu(t2, r2);
          return n2 === a && n2 === e2 ? du(t2, r2) : Ne(e2, n2, ve | it);
        };
      }
      function Wt(r2, e2, t2, n2, u) {
        r2 !== e2 && Fn(e2, function(o2, f) {
          if (u || (u = new jr()), $(o2))
            fl(r2, e2, f, t2, Wt, n2, u);
          else {
            var c = n2 ? n2(fu(r2, f), o2, f + "", r2, e2, u) : a;
            c === a && (c = o2), Pn(r2, f, c);
          }
        }, nr);
      }
      function fl(r2, e2, t2, n2, u, o2, f) {
        var c = fu(r2, t2), s = fu(e2, t2), v = f.get(s);
        if (v) {
          Pn(r2, t2, v);
          return;
        }
        var _ = o2 ? o2(c, s, t2 + "", r2, e2, f) : a, g = _ === a;
        if (g) {
          var d = j(s), m = !d && ee(s), x = !d && !m && Be(s);
          _ = s, d || m || x ? j(c) ? _ = c : T(c) ? _ = er(c) : m ? (g = false, _ = Ni(s, true)) : x ? (g = false, _ = Yi(s, true)) : _ = [] : et(s) || he(s) ? (_ = c, he(c) ? _ = Vo(c) : (!$(c) || qr(c)) && (_ = _o(s))) : g = false;
        }
        g && (f.set(s, _), u(_, s, n2, o2, f), f.delete(s)), Pn(r2, t2, _);
      }
      function $i(r2, e2) {
        var t2 = r2.length;
        if (t2)
          return e2 += e2 < 0 ? t2 : 0, Tr(e2, t2) ? r2[e2] : a;
      }
      function Ui(r2, e2, t2) {
        e2.length ? e2 = R(e2, function(o2) {
          return j(o2) ? function(f) {
            return ce(f, o2.length === 1 ? o2[0] : o2);
          } : o2;
        }) : e2 = [ur];
        var n2 = -1;
        e2 = R(e2, ar(w()));
        var u = Di(r2, function(o2, f, c) {
          var s = R(e2, function(v) {
            return v(o2);
          });
          return { criteria: s, index: ++n2, value: o2 };
        });
        return Pf(u, function(o2, f) {
          return wl(o2, f, t2);
        });
      }
      function cl(r2, e2) {
        return Ti(r2, e2, function(t2, n2) {
          return du(r2, n2);
        });
      }
      function Ti(r2, e2, t2) {
        for (var n2 = -1, u = e2.length, o2 = {}; ++n2 < u; ) {
          var f = e2[n2], c = ce(r2, f);
          t2(c, f) && Ye(o2, Xr(f, r2), c);
        }
        return o2;
      }
      function ll(r2) {
        return function(e2) {
          return ce(e2, r2);
        };
      }
      function Mn(r2, e2, t2, n2) {
        var u = n2 ? Wf : be, o2 = -1, f = e2.length, c = r2;
        for (r2 === e2 && (e2 = er(e2)), t2 && (c = R(r2, ar(t2))); ++o2 < f; )
          for (var s = 0, v = e2[o2], _ = t2 ? t2(v) : v; (s = u(c, _, s, n2)) > -1; )
            c !== r2 && Ct.call(c, s, 1), Ct.call(r2, s, 1);
        return r2;
      }
      function qi(r2, e2) {
        for (var t2 = r2 ? e2.length : 0, n2 = t2 - 1; t2--; ) {
          var u = e2[t2];
          if (t2 == n2 || u !== o2) {
            var o2 = u;
            Tr(u) ? Ct.call(r2, u, 1) : Vn(r2, u);
          }
        }
        return r2;
      }
      function Zn(r2, e2) {
        return r2 + kt2(xi() * (e2 - r2 + 1));
      }
      function sl(r2, e2, t2, n2) {
        for (var u = -1, o2 = M(Ot((e2 - r2) / (t2 || 1)), 0), f = h(o2); o2--; )
          f[n2 ? o2 : ++u] = r2, r2 += t2;
        return f;
      }
      function Gn(r2, e2) {
        var t2 = "";
        if (!r2 || e2 < 1 || e2 > Gr)
          return t2;
        do
          e2 % 2 && (t2 += r2), e2 = kt2(e2 / 2), e2 && (r2 += r2);
        while (e2);
        return t2;
      }
      function S(r2, e2) {
        return cu(mo(r2, e2, ur), r2 + "");
      }
      function hl(r2) {
        return ji(Ie(r2));
      }
      function pl(r2, e2) {
        var t2 = Ie(r2);
        return Mt(t2, fe(e2, 0, t2.length));
      }
      function Ye(r2, e2, t2, n2) {
        if (!$(r2))
          return r2;
        e2 = Xr(e2, r2);
        for (var u = -1, o2 = e2.length, f = o2 - 1, c = r2; c != null && ++u < o2; ) {
          var s = Lr(e2[u]), v = t2;
          if (s === "__proto__" || s === "constructor" || s === "prototype")
            return r2;
          if (u != f) {
            var _ = c[s];
            v = n2 ? n2(_, s, c) : a, v === a && (v = $(_) ? _ : Tr(e2[u + 1]) ? [] : {});
          }
          He2(c, s, v), c = c[s];
        }
        return r2;
      }
      var Ki = St ? function(r2, e2) {
        return St.set(r2, e2), r2;
      } : ur, vl = jt ? function(r2, e2) {
        return jt(r2, "toString", {
          configurable: true,
          enumerable: false,
          value: mu(e2),
          writable: true
        });
      } : ur;
      function _l(r2) {
        return Mt(Ie(r2));
      }
      function mr(r2, e2, t2) {
        var n2 = -1, u = r2.length;
        e2 < 0 && (e2 = -e2 > u ? 0 : u + e2), t2 = t2 > u ? u : t2, t2 < 0 && (t2 += u), u = e2 > t2 ? 0 : t2 - e2 >>> 0, e2 >>>= 0;
        for (var o2 = h(u); ++n2 < u; )
          o2[n2] = r2[n2 + e2];
        return o2;
      }
      function gl(r2, e2) {
        var t2;
        return Yr(r2, function(n2, u, o2) {
          return t2 = e2(n2, u, o2), !t2;
        }), !!t2;
      }
      function Pt(r2, e2, t2) {
        var n2 = 0, u = r2 == null ? n2 : r2.length;
        if (typeof e2 == "number" && e2 === e2 && u <= da) {
          for (; n2 < u; ) {
            var o2 = n2 + u >>> 1, f = r2[o2];
            f !== null && !cr(f) && (t2 ? f <= e2 : f < e2) ? n2 = o2 + 1 : u = o2;
          }
          return u;
        }
        return Hn(r2, e2, ur, t2);
      }
      function Hn(r2, e2, t2, n2) {
        var u = 0, o2 = r2 == null ? 0 : r2.length;
        if (o2 === 0)
          return 0;
        e2 = t2(e2);
        for (var f = e2 !== e2, c = e2 === null, s = cr(e2), v = e2 === a; u < o2; ) {
          var _ = kt2((u + o2) / 2), g = t2(r2[_]), d = g !== a, m = g === null, x = g === g, k = cr(g);
          if (f)
            var A = n2 || x;
          else v ? A = x && (n2 || d) : c ? A = x && d && (n2 || !m) : s ? A = x && d && !m && (n2 || !k) : m || k ? A = false : A = n2 ? g <= e2 : g < e2;
          A ? u = _ + 1 : o2 = _;
        }
        return N(o2, ga);
      }
      function Mi(r2, e2) {
        for (var t2 = -1, n2 = r2.length, u = 0, o2 = []; ++t2 < n2; ) {
          var f = r2[t2], c = e2 ? e2(f) : f;
          if (!t2 || !Or(c, s)) {
            var s = c;
            o2[u++] = f === 0 ? 0 : f;
          }
        }
        return o2;
      }
      function Zi(r2) {
        return typeof r2 == "number" ? r2 : cr(r2) ? ot : +r2;
      }
      function fr(r2) {
        if (typeof r2 == "string")
          return r2;
        if (j(r2))
          return R(r2, fr) + "";
        if (cr(r2))
          return Ai ? Ai.call(r2) : "";
        var e2 = r2 + "";
        return e2 == "0" && 1 / r2 == -ne ? "-0" : e2;
      }
      function Qr(r2, e2, t2) {
        var n2 = -1, u = vt, o2 = r2.length, f = true, c = [], s = c;
        if (t2)
          f = false, u = xn;
        else if (o2 >= Z) {
          var v = e2 ? null : kl(r2);
          if (v)
            return gt(v);
          f = false, u = Te, s = new ae();
        } else
          s = e2 ? [] : c;
        r:
          for (; ++n2 < o2; ) {
            var _ = r2[n2], g = e2 ? e2(_) : _;
            if (_ = t2 || _ !== 0 ? _ : 0, f && g === g) {
              for (var d = s.length; d--; )
                if (s[d] === g)
                  continue r;
              e2 && s.push(g), c.push(_);
            } else u(s, g, t2) || (s !== c && s.push(g), c.push(_));
          }
        return c;
      }
      function Vn(r2, e2) {
        return e2 = Xr(e2, r2), r2 = bo(r2, e2), r2 == null || delete r2[Lr(br(e2))];
      }
      function Gi(r2, e2, t2, n2) {
        return Ye(r2, e2, t2(ce(r2, e2)), n2);
      }
      function Dt(r2, e2, t2, n2) {
        for (var u = r2.length, o2 = n2 ? u : -1; (n2 ? o2-- : ++o2 < u) && e2(r2[o2], o2, r2); )
          ;
        return t2 ? mr(r2, n2 ? 0 : o2, n2 ? o2 + 1 : u) : mr(r2, n2 ? o2 + 1 : 0, n2 ? u : o2);
      }
      function Hi(r2, e2) {
        var t2 = r2;
        return t2 instanceof z2 && (t2 = t2.value()), An(e2, function(n2, u) {
          return u.func.apply(u.thisArg, Vr([n2], u.args));
        }, t2);
      }
      function Jn(r2, e2, t2) {
        var n2 = r2.length;
        if (n2 < 2)
          return n2 ? Qr(r2[0]) : [];
        for (var u = -1, o2 = h(n2); ++u < n2; )
          for (var f = r2[u], c = -1; ++c < n2; )
            c != u && (o2[u] = Ve(o2[u] || f, r2[c], e2, t2));
        return Qr(J(o2, 1), e2, t2);
      }
      function Vi(r2, e2, t2) {
        for (var n2 = -1, u = r2.length, o2 = e2.length, f = {}; ++n2 < u; ) {
          var c = n2 < o2 ? e2[n2] : a;
          t2(f, r2[n2], c);
        }
        return f;
      }
      function Nn(r2) {
        return T(r2) ? r2 : [];
      }
      function Yn(r2) {
        return typeof r2 == "function" ? r2 : ur;
      }
      function Xr(r2, e2) {
        return j(r2) ? r2 : ou(r2, e2) ? [r2] : Co(L(r2));
      }
      var dl = S;
      function re(r2, e2, t2) {
        var n2 = r2.length;
        return t2 = t2 === a ? n2 : t2, !e2 && t2 >= n2 ? r2 : mr(r2, e2, t2);
      }
      var Ji = uc || function(r2) {
        return V.clearTimeout(r2);
      };
      function Ni(r2, e2) {
        if (e2)
          return r2.slice();
        var t2 = r2.length, n2 = di ? di(t2) : new r2.constructor(t2);
        return r2.copy(n2), n2;
      }
      function Qn(r2) {
        var e2 = new r2.constructor(r2.byteLength);
        return new xt(e2).set(new xt(r2)), e2;
      }
      function yl(r2, e2) {
        var t2 = e2 ? Qn(r2.buffer) : r2.buffer;
        return new r2.constructor(t2, r2.byteOffset, r2.byteLength);
      }
      function ml(r2) {
        var e2 = new r2.constructor(r2.source, Lu2.exec(r2));
        return e2.lastIndex = r2.lastIndex, e2;
      }
      function bl(r2) {
        return Ge ? P(Ge.call(r2)) : {};
      }
      function Yi(r2, e2) {
        var t2 = e2 ? Qn(r2.buffer) : r2.buffer;
        return new r2.constructor(t2, r2.byteOffset, r2.length);
      }
      function Qi(r2, e2) {
        if (r2 !== e2) {
          var t2 = r2 !== a, n2 = r2 === null, u = r2 === r2, o2 = cr(r2), f = e2 !== a, c = e2 === null, s = e2 === e2, v = cr(e2);
          if (!c && !v && !o2 && r2 > e2 || o2 && f && s && !c && !v || n2 && f && s || !t2 && s || !u)
            return 1;
          if (!n2 && !o2 && !v && r2 < e2 || v && t2 && u && !n2 && !o2 || c && t2 && u || !f && u || !s)
            return -1;
        }
        return 0;
      }
      function wl(r2, e2, t2) {
        for (var n2 = -1, u = r2.criteria, o2 = e2.criteria, f = u.length, c = t2.length; ++n2 < f; ) {
          var s = Qi(u[n2], o2[n2]);
          if (s) {
            if (n2 >= c)
              return s;
            var v = t2[n2];
            return s * (v == "desc" ? -1 : 1);
          }
        }
        return r2.index - e2.index;
      }
      function Xi(r2, e2, t2, n2) {
        for (var u = -1, o2 = r2.length, f = t2.length, c = -1, s = e2.length, v = M(o2 - f, 0), _ = h(s + v), g = !n2; ++c < s; )
          _[c] = e2[c];
        for (; ++u < f; )
          (g || u < o2) && (_[t2[u]] = r2[u]);
        for (; v--; )
          _[c++] = r2[u++];
        return _;
      }
      function ro(r2, e2, t2, n2) {
        for (var u = -1, o2 = r2.length, f = -1, c = t2.length, s = -1, v = e2.length, _ = M(o2 - c, 0), g = h(_ + v), d = !n2; ++u < _; )
          g[u] = r2[u];
        for (var m = u; ++s < v; )
          g[m + s] = e2[s];
        for (; ++f < c; )
          (d || u < o2) && (g[m + t2[f]] = r2[u++]);
        return g;
      }
      function er(r2, e2) {
        var t2 = -1, n2 = r2.length;
        for (e2 || (e2 = h(n2)); ++t2 < n2; )
          e2[t2] = r2[t2];
        return e2;
      }
      function Ir(r2, e2, t2, n2) {
        var u = !t2;
        t2 || (t2 = {});
        for (var o2 = -1, f = e2.length; ++o2 < f; ) {
          var c = e2[o2], s = n2 ? n2(t2[c], r2[c], c, t2, r2) : a;
          s === a && (s = r2[c]), u ? Rr(t2, c, s) : He2(t2, c, s);
        }
        return t2;
      }
      function xl(r2, e2) {
        return Ir(r2, iu(r2), e2);
      }
      function Al(r2, e2) {
        return Ir(r2, po(r2), e2);
      }
      function Ft(r2, e2) {
        return function(t2, n2) {
          var u = j(t2) ? Sf : Zc, o2 = e2 ? e2() : {};
          return u(t2, r2, w(n2, 2), o2);
        };
      }
      function Se(r2) {
        return S(function(e2, t2) {
          var n2 = -1, u = t2.length, o2 = u > 1 ? t2[u - 1] : a, f = u > 2 ? t2[2] : a;
          for (o2 = r2.length > 3 && typeof o2 == "function" ? (u--, o2) : a, f && X(t2[0], t2[1], f) && (o2 = u < 3 ? a : o2, u = 1), e2 = P(e2); ++n2 < u; ) {
            var c = t2[n2];
            c && r2(e2, c, n2, o2);
          }
          return e2;
        });
      }
      function eo(r2, e2) {
        return function(t2, n2) {
          if (t2 == null)
            return t2;
          if (!tr(t2))
            return r2(t2, n2);
          for (var u = t2.length, o2 = e2 ? u : -1, f = P(t2); (e2 ? o2-- : ++o2 < u) && n2(f[o2], o2, f) !== false; )
            ;
          return t2;
        };
      }
      function to(r2) {
        return function(e2, t2, n2) {
          for (var u = -1, o2 = P(e2), f = n2(e2), c = f.length; c--; ) {
            var s = f[r2 ? c : ++u];
            if (t2(o2[s], s, o2) === false)
              break;
          }
          return e2;
        };
      }
      function Cl(r2, e2, t2) {
        var n2 = e2 & pr, u = Qe(r2);
        function o2() {
          var f = this && this !== V && this instanceof o2 ? u : r2;
          return f.apply(n2 ? t2 : this, arguments);
        }
        return o2;
      }
      function no(r2) {
        return function(e2) {
          e2 = L(e2);
          var t2 = we(e2) ? Cr(e2) : a, n2 = t2 ? t2[0] : e2.charAt(0), u = t2 ? re(t2, 1).join("") : e2.slice(1);
          return n2[r2]() + u;
        };
      }
      function Ee(r2) {
        return function(e2) {
          return An(ta(ea(e2).replace(vf, "")), r2, "");
        };
      }
      function Qe(r2) {
        return function() {
          var e2 = arguments;
          switch (e2.length) {
            case 0:
              return new r2();
            case 1:
              return new r2(e2[0]);
            case 2:
              return new r2(e2[0], e2[1]);
            case 3:
              return new r2(e2[0], e2[1], e2[2]);
            case 4:
              return new r2(e2[0], e2[1], e2[2], e2[3]);
            case 5:
              return new r2(e2[0], e2[1], e2[2], e2[3], e2[4]);
            case 6:
              return new r2(e2[0], e2[1], e2[2], e2[3], e2[4], e2[5]);
            case 7:
              return new r2(e2[0], e2[1], e2[2], e2[3], e2[4], e2[5], e2[6]);
          }
          var t2 = ke(r2.prototype), n2 = r2.apply(t2, e2);
          return $(n2) ? n2 : t2;
        };
      }
      function jl(r2, e2, t2) {
        var n2 = Qe(r2);
        function u() {
          for (var o2 = arguments.length, f = h(o2), c = o2, s = ze(u); c--; )
            f[c] = arguments[c];
          var v = o2 < 3 && f[0] !== s && f[o2 - 1] !== s ? [] : Jr(f, s);
          if (o2 -= v.length, o2 < t2)
            return fo(
              r2,
              e2,
              Rt2,
              u.placeholder,
              a,
              f,
              v,
              a,
              a,
              t2 - o2
            );
          var _ = this && this !== V && this instanceof u ? n2 : r2;
          return or(_, this, f);
        }
        return u;
      }
      function uo(r2) {
        return function(e2, t2, n2) {
          var u = P(e2);
          if (!tr(e2)) {
            var o2 = w(t2, 3);
            e2 = G(e2), t2 = function(c) {
              return o2(u[c], c, u);
            };
          }
          var f = r2(e2, t2, n2);
          return f > -1 ? u[o2 ? e2[f] : f] : a;
        };
      }
      function io(r2) {
        return Ur(function(e2) {
          var t2 = e2.length, n2 = t2, u = dr.prototype.thru;
          for (r2 && e2.reverse(); n2--; ) {
            var o2 = e2[n2];
            if (typeof o2 != "function")
              throw new gr(hr);
            if (u && !f && qt(o2) == "wrapper")
              var f = new dr([], true);
          }
          for (n2 = f ? n2 : t2; ++n2 < t2; ) {
            o2 = e2[n2];
            var c = qt(o2), s = c == "wrapper" ? nu(o2) : a;
            s && au(s[0]) && s[1] == (Wr | Sr | Er | Le) && !s[4].length && s[9] == 1 ? f = f[qt(s[0])].apply(f, s[3]) : f = o2.length == 1 && au(o2) ? f[c]() : f.thru(o2);
          }
          return function() {
            var v = arguments, _ = v[0];
            if (f && v.length == 1 && j(_))
              return f.plant(_).value();
            for (var g = 0, d = t2 ? e2[g].apply(this, v) : _; ++g < t2; )
              d = e2[g].call(this, d);
            return d;
          };
        });
      }
      function Rt2(r2, e2, t2, n2, u, o2, f, c, s, v) {
        var _ = e2 & Wr, g = e2 & pr, d = e2 & te, m = e2 & (Sr | _e), x = e2 & tn, k = d ? a : Qe(r2);
        function A() {
          for (var E = arguments.length, B = h(E), lr = E; lr--; )
            B[lr] = arguments[lr];
          if (m)
            var rr = ze(A), sr = Ff(B, rr);
          if (n2 && (B = Xi(B, n2, u, m)), o2 && (B = ro(B, o2, f, m)), E -= sr, m && E < v) {
            var q = Jr(B, rr);
            return fo(
              r2,
              e2,
              Rt2,
              A.placeholder,
              t2,
              B,
              q,
              c,
              s,
              v - E
            );
          }
          var kr = g ? t2 : this, Mr = d ? kr[r2] : r2;
          return E = B.length, c ? B = Zl(B, c) : x && E > 1 && B.reverse(), _ && s < E && (B.length = s), this && this !== V && this instanceof A && (Mr = k || Qe(Mr)), Mr.apply(kr, B);
        }
        return A;
      }
      function oo(r2, e2) {
        return function(t2, n2) {
          return Xc(t2, r2, e2(n2), {});
        };
      }
      function $t(r2, e2) {
        return function(t2, n2) {
          var u;
          if (t2 === a && n2 === a)
            return e2;
          if (t2 !== a && (u = t2), n2 !== a) {
            if (u === a)
              return n2;
            typeof t2 == "string" || typeof n2 == "string" ? (t2 = fr(t2), n2 = fr(n2)) : (t2 = Zi(t2), n2 = Zi(n2)), u = r2(t2, n2);
          }
          return u;
        };
      }
      function Xn(r2) {
        return Ur(function(e2) {
          return e2 = R(e2, ar(w())), S(function(t2) {
            var n2 = this;
            return r2(e2, function(u) {
              return or(u, n2, t2);
            });
          });
        });
      }
      function Ut(r2, e2) {
        e2 = e2 === a ? " " : fr(e2);
        var t2 = e2.length;
        if (t2 < 2)
          return t2 ? Gn(e2, r2) : e2;
        var n2 = Gn(e2, Ot(r2 / xe(e2)));
        return we(e2) ? re(Cr(n2), 0, r2).join("") : n2.slice(0, r2);
      }
      function Ol(r2, e2, t2, n2) {
        var u = e2 & pr, o2 = Qe(r2);
        function f() {
          for (var c = -1, s = arguments.length, v = -1, _ = n2.length, g = h(_ + s), d = this && this !== V && this instanceof f ? o2 : r2; ++v < _; )
            g[v] = n2[v];
          for (; s--; )
            g[v++] = arguments[++c];
          return or(d, u ? t2 : this, g);
        }
        return f;
      }
      function ao(r2) {
        return function(e2, t2, n2) {
          return n2 && typeof n2 != "number" && X(e2, t2, n2) && (t2 = n2 = a), e2 = Kr(e2), t2 === a ? (t2 = e2, e2 = 0) : t2 = Kr(t2), n2 = n2 === a ? e2 < t2 ? 1 : -1 : Kr(n2), sl(e2, t2, n2, r2);
        };
      }
      function Tt(r2) {
        return function(e2, t2) {
          return typeof e2 == "string" && typeof t2 == "string" || (e2 = wr2(e2), t2 = wr2(t2)), r2(e2, t2);
        };
      }
      function fo(r2, e2, t2, n2, u, o2, f, c, s, v) {
        var _ = e2 & Sr, g = _ ? f : a, d = _ ? a : f, m = _ ? o2 : a, x = _ ? a : o2;
        e2 |= _ ? Er : ge, e2 &= ~(_ ? ge : Er), e2 & Ou2 || (e2 &= ~(pr | te));
        var k = [
          r2,
          e2,
          u,
          m,
          g,
          x,
          d,
          c,
          s,
          v
        ], A = t2.apply(a, k);
        return au(r2) && wo(A, k), A.placeholder = n2, xo(A, r2, e2);
      }
      function ru(r2) {
        var e2 = K[r2];
        return function(t2, n2) {
          if (t2 = wr2(t2), n2 = n2 == null ? 0 : N(O(n2), 292), n2 && wi(t2)) {
            var u = (L(t2) + "e").split("e"), o2 = e2(u[0] + "e" + (+u[1] + n2));
            return u = (L(o2) + "e").split("e"), +(u[0] + "e" + (+u[1] - n2));
          }
          return e2(t2);
        };
      }
      var kl = je2 && 1 / gt(new je2([, -0]))[1] == ne ? function(r2) {
        return new je2(r2);
      } : xu;
      function co(r2) {
        return function(e2) {
          var t2 = Y(e2);
          return t2 == xr ? zn(e2) : t2 == Ar ? Mf(e2) : Df(e2, r2(e2));
        };
      }
      function $r(r2, e2, t2, n2, u, o2, f, c) {
        var s = e2 & te;
        if (!s && typeof r2 != "function")
          throw new gr(hr);
        var v = n2 ? n2.length : 0;
        if (v || (e2 &= ~(Er | ge), n2 = u = a), f = f === a ? f : M(O(f), 0), c = c === a ? c : O(c), v -= u ? u.length : 0, e2 & ge) {
          var _ = n2, g = u;
          n2 = u = a;
        }
        var d = s ? a : nu(r2), m = [
          r2,
          e2,
          t2,
          n2,
          u,
          _,
          g,
          o2,
          f,
          c
        ];
        if (d && ql(m, d), r2 = m[0], e2 = m[1], t2 = m[2], n2 = m[3], u = m[4], c = m[9] = m[9] === a ? s ? 0 : r2.length : M(m[9] - v, 0), !c && e2 & (Sr | _e) && (e2 &= ~(Sr | _e)), !e2 || e2 == pr)
          var x = Cl(r2, e2, t2);
        else e2 == Sr || e2 == _e ? x = jl(r2, e2, c) : (e2 == Er || e2 == (pr | Er)) && !u.length ? x = Ol(r2, e2, t2, n2) : x = Rt2.apply(a, m);
        var k = d ? Ki : wo;
        return xo(k(x, m), r2, e2);
      }
      function lo(r2, e2, t2, n2) {
        return r2 === a || Or(r2, Ce[t2]) && !W.call(n2, t2) ? e2 : r2;
      }
      function so(r2, e2, t2, n2, u, o2) {
        return $(r2) && $(e2) && (o2.set(e2, r2), Wt(r2, e2, a, so, o2), o2.delete(e2)), r2;
      }
      function Sl(r2) {
        return et(r2) ? a : r2;
      }
      function ho(r2, e2, t2, n2, u, o2) {
        var f = t2 & ve, c = r2.length, s = e2.length;
        if (c != s && !(f && s > c))
          return false;
        var v = o2.get(r2), _ = o2.get(e2);
        if (v && _)
          return v == e2 && _ == r2;
        var g = -1, d = true, m = t2 & it ? new ae() : a;
        for (o2.set(r2, e2), o2.set(e2, r2); ++g < c; ) {
          var x = r2[g], k = e2[g];
          if (n2)
            var A = f ? n2(k, x, g, e2, r2, o2) : n2(x, k, g, r2, e2, o2);
          if (A !== a) {
            if (A)
              continue;
            d = false;
            break;
          }
          if (m) {
            if (!Cn(e2, function(E, B) {
              if (!Te(m, B) && (x === E || u(x, E, t2, n2, o2)))
                return m.push(B);
            })) {
              d = false;
              break;
            }
          } else if (!(x === k || u(x, k, t2, n2, o2))) {
            d = false;
            break;
          }
        }
        return o2.delete(r2), o2.delete(e2), d;
      }
      function El(r2, e2, t2, n2, u, o2, f) {
        switch (t2) {
          case ye:
            if (r2.byteLength != e2.byteLength || r2.byteOffset != e2.byteOffset)
              return false;
            r2 = r2.buffer, e2 = e2.buffer;
          case Ue2:
            return !(r2.byteLength != e2.byteLength || !o2(new xt(r2), new xt(e2)));
          case We2:
          case Pe:
          case De:
            return Or(+r2, +e2);
          case ft:
            return r2.name == e2.name && r2.message == e2.message;
          case Fe:
          case Re:
            return r2 == e2 + "";
          case xr:
            var c = zn;
          case Ar:
            var s = n2 & ve;
            if (c || (c = gt), r2.size != e2.size && !s)
              return false;
            var v = f.get(r2);
            if (v)
              return v == e2;
            n2 |= it, f.set(r2, e2);
            var _ = ho(c(r2), c(e2), n2, u, o2, f);
            return f.delete(r2), _;
          case lt2:
            if (Ge)
              return Ge.call(r2) == Ge.call(e2);
        }
        return false;
      }
      function zl(r2, e2, t2, n2, u, o2) {
        var f = t2 & ve, c = eu(r2), s = c.length, v = eu(e2), _ = v.length;
        if (s != _ && !f)
          return false;
        for (var g = s; g--; ) {
          var d = c[g];
          if (!(f ? d in e2 : W.call(e2, d)))
            return false;
        }
        var m = o2.get(r2), x = o2.get(e2);
        if (m && x)
          return m == e2 && x == r2;
        var k = true;
        o2.set(r2, e2), o2.set(e2, r2);
        for (var A = f; ++g < s; ) {
          d = c[g];
          var E = r2[d], B = e2[d];
          if (n2)
            var lr = f ? n2(B, E, d, e2, r2, o2) : n2(E, B, d, r2, e2, o2);
          if (!(lr === a ? E === B || u(E, B, t2, n2, o2) : lr)) {
            k = false;
            break;
          }
          A || (A = d == "constructor");
        }
        if (k && !A) {
          var rr = r2.constructor, sr = e2.constructor;
          rr != sr && "constructor" in r2 && "constructor" in e2 && !(typeof rr == "function" && rr instanceof rr && typeof sr == "function" && sr instanceof sr) && (k = false);
        }
        return o2.delete(r2), o2.delete(e2), k;
      }
      function Ur(r2) {
        return cu(mo(r2, a, So), r2 + "");
      }
      function eu(r2) {
        return Ii(r2, G, iu);
      }
      function tu(r2) {
        return Ii(r2, nr, po);
      }
      var nu = St ? function(r2) {
        return St.get(r2);
      } : xu;
      function qt(r2) {
        for (var e2 = r2.name + "", t2 = Oe[e2], n2 = W.call(Oe, e2) ? t2.length : 0; n2--; ) {
          var u = t2[n2], o2 = u.func;
          if (o2 == null || o2 == r2)
            return u.name;
        }
        return e2;
      }
      function ze(r2) {
        var e2 = W.call(i, "placeholder") ? i : r2;
        return e2.placeholder;
      }
      function w() {
        var r2 = i.iteratee || bu;
        return r2 = r2 === bu ? Pi : r2, arguments.length ? r2(arguments[0], arguments[1]) : r2;
      }
      function Kt(r2, e2) {
        var t2 = r2.__data__;
        return Rl(e2) ? t2[typeof e2 == "string" ? "string" : "hash"] : t2.map;
      }
      function uu(r2) {
        for (var e2 = G(r2), t2 = e2.length; t2--; ) {
          var n2 = e2[t2], u = r2[n2];
          e2[t2] = [n2, u, go(u)];
        }
        return e2;
      }
      function le(r2, e2) {
        var t2 = Tf(r2, e2);
        return Wi(t2) ? t2 : a;
      }
      function Bl(r2) {
        var e2 = W.call(r2, ie), t2 = r2[ie];
        try {
          r2[ie] = a;
          var n2 = true;
        } catch {
        }
        var u = bt.call(r2);
        return n2 && (e2 ? r2[ie] = t2 : delete r2[ie]), u;
      }
      var iu = In ? function(r2) {
        return r2 == null ? [] : (r2 = P(r2), Hr(In(r2), function(e2) {
          return mi.call(r2, e2);
        }));
      } : Au, po = In ? function(r2) {
        for (var e2 = []; r2; )
          Vr(e2, iu(r2)), r2 = At(r2);
        return e2;
      } : Au, Y = Q;
      (Ln && Y(new Ln(new ArrayBuffer(1))) != ye || Ke && Y(new Ke()) != xr || Wn && Y(Wn.resolve()) != Eu2 || je2 && Y(new je2()) != Ar || Me && Y(new Me()) != $e) && (Y = function(r2) {
        var e2 = Q(r2), t2 = e2 == Pr ? r2.constructor : a, n2 = t2 ? se(t2) : "";
        if (n2)
          switch (n2) {
            case pc:
              return ye;
            case vc:
              return xr;
            case _c:
              return Eu2;
            case gc:
              return Ar;
            case dc:
              return $e;
          }
        return e2;
      });
      function Il(r2, e2, t2) {
        for (var n2 = -1, u = t2.length; ++n2 < u; ) {
          var o2 = t2[n2], f = o2.size;
          switch (o2.type) {
            case "drop":
              r2 += f;
              break;
            case "dropRight":
              e2 -= f;
              break;
            case "take":
              e2 = N(e2, r2 + f);
              break;
            case "takeRight":
              r2 = M(r2, e2 - f);
              break;
          }
        }
        return { start: r2, end: e2 };
      }
      function Ll(r2) {
        var e2 = r2.match(Ra);
        return e2 ? e2[1].split($a2) : [];
      }
      function vo(r2, e2, t2) {
        e2 = Xr(e2, r2);
        for (var n2 = -1, u = e2.length, o2 = false; ++n2 < u; ) {
          var f = Lr(e2[n2]);
          if (!(o2 = r2 != null && t2(r2, f)))
            break;
          r2 = r2[f];
        }
        return o2 || ++n2 != u ? o2 : (u = r2 == null ? 0 : r2.length, !!u && Nt(u) && Tr(f, u) && (j(r2) || he(r2)));
      }
      function Wl(r2) {
        var e2 = r2.length, t2 = new r2.constructor(e2);
        return e2 && typeof r2[0] == "string" && W.call(r2, "index") && (t2.index = r2.index, t2.input = r2.input), t2;
      }
      function _o(r2) {
        return typeof r2.constructor == "function" && !Xe2(r2) ? ke(At(r2)) : {};
      }
      function Pl(r2, e2, t2) {
        var n2 = r2.constructor;
        switch (e2) {
          case Ue2:
            return Qn(r2);
          case We2:
          case Pe:
            return new n2(+r2);
          case ye:
            return yl(r2, t2);
          case nn:
          case un:
          case on:
          case an:
          case fn:
          case cn:
          case ln:
          case sn:
          case hn:
            return Yi(r2, t2);
          case xr:
            return new n2();
          case De:
          case Re:
            return new n2(r2);
          case Fe:
            return ml(r2);
          case Ar:
            return new n2();
          case lt2:
            return bl(r2);
        }
      }
      function Dl(r2, e2) {
        var t2 = e2.length;
        if (!t2)
          return r2;
        var n2 = t2 - 1;
        return e2[n2] = (t2 > 1 ? "& " : "") + e2[n2], e2 = e2.join(t2 > 2 ? ", " : " "), r2.replace(Fa, `{
/* [wrapped with ` + e2 + `] */
`);
      }
      function Fl(r2) {
        return j(r2) || he(r2) || !!(bi && r2 && r2[bi]);
      }
      function Tr(r2, e2) {
        var t2 = typeof r2;
        return e2 = e2 ?? Gr, !!e2 && (t2 == "number" || t2 != "symbol" && Va2.test(r2)) && r2 > -1 && r2 % 1 == 0 && r2 < e2;
      }
      function X(r2, e2, t2) {
        if (!$(t2))
          return false;
        var n2 = typeof e2;
        return (n2 == "number" ? tr(t2) && Tr(e2, t2.length) : n2 == "string" && e2 in t2) ? Or(t2[e2], r2) : false;
      }
      function ou(r2, e2) {
        if (j(r2))
          return false;
        var t2 = typeof r2;
        return t2 == "number" || t2 == "symbol" || t2 == "boolean" || r2 == null || cr(r2) ? true : La.test(r2) || !Ia.test(r2) || e2 != null && r2 in P(e2);
      }
      function Rl(r2) {
        var e2 = typeof r2;
        return e2 == "string" || e2 == "number" || e2 == "symbol" || e2 == "boolean" ? r2 !== "__proto__" : r2 === null;
      }
      function au(r2) {
        var e2 = qt(r2), t2 = i[e2];
        if (typeof t2 != "function" || !(e2 in z2.prototype))
          return false;
        if (r2 === t2)
          return true;
        var n2 = nu(t2);
        return !!n2 && r2 === n2[0];
      }
      function $l(r2) {
        return !!gi && gi in r2;
      }
      var Ul = yt ? qr : Cu;
      function Xe2(r2) {
        var e2 = r2 && r2.constructor, t2 = typeof e2 == "function" && e2.prototype || Ce;
        return r2 === t2;
      }
      function go(r2) {
        return r2 === r2 && !$(r2);
      }
      function yo(r2, e2) {
        return function(t2) {
          return t2 == null ? false : t2[r2] === e2 && (e2 !== a || r2 in P(t2));
        };
      }
      function Tl(r2) {
        var e2 = Vt(r2, function(n2) {
          return t2.size === fa && t2.clear(), n2;
        }), t2 = e2.cache;
        return e2;
      }
      function ql(r2, e2) {
        var t2 = r2[1], n2 = e2[1], u = t2 | n2, o2 = u < (pr | te | Wr), f = n2 == Wr && t2 == Sr || n2 == Wr && t2 == Le && r2[7].length <= e2[8] || n2 == (Wr | Le) && e2[7].length <= e2[8] && t2 == Sr;
        if (!(o2 || f))
          return r2;
        n2 & pr && (r2[2] = e2[2], u |= t2 & pr ? 0 : Ou2);
        var c = e2[3];
        if (c) {
          var s = r2[3];
          r2[3] = s ? Xi(s, c, e2[4]) : c, r2[4] = s ? Jr(r2[3], ut) : e2[4];
        }
        return c = e2[5], c && (s = r2[5], r2[5] = s ? ro(s, c, e2[6]) : c, r2[6] = s ? Jr(r2[5], ut) : e2[6]), c = e2[7], c && (r2[7] = c), n2 & Wr && (r2[8] = r2[8] == null ? e2[8] : N(r2[8], e2[8])), r2[9] == null && (r2[9] = e2[9]), r2[0] = e2[0], r2[1] = u, r2;
      }
      function Kl(r2) {
        var e2 = [];
        if (r2 != null)
          for (var t2 in P(r2))
            e2.push(t2);
        return e2;
      }
      function Ml(r2) {
        return bt.call(r2);
      }
      function mo(r2, e2, t2) {
        return e2 = M(e2 === a ? r2.length - 1 : e2, 0), function() {
          for (var n2 = arguments, u = -1, o2 = M(n2.length - e2, 0), f = h(o2); ++u < o2; )
            f[u] = n2[e2 + u];
          u = -1;
          for (var c = h(e2 + 1); ++u < e2; )
            c[u] = n2[u];
          return c[e2] = t2(f), or(r2, this, c);
        };
      }
      function bo(r2, e2) {
        return e2.length < 2 ? r2 : ce(r2, mr(e2, 0, -1));
      }
      function Zl(r2, e2) {
        for (var t2 = r2.length, n2 = N(e2.length, t2), u = er(r2); n2--; ) {
          var o2 = e2[n2];
          r2[n2] = Tr(o2, t2) ? u[o2] : a;
        }
        return r2;
      }
      function fu(r2, e2) {
        if (!(e2 === "constructor" && typeof r2[e2] == "function") && e2 != "__proto__")
          return r2[e2];
      }
      var wo = Ao(Ki), rt = oc || function(r2, e2) {
        return V.setTimeout(r2, e2);
      }, cu = Ao(vl);
      function xo(r2, e2, t2) {
        var n2 = e2 + "";
        return cu(r2, Dl(n2, Gl(Ll(n2), t2)));
      }
      function Ao(r2) {
        var e2 = 0, t2 = 0;
        return function() {
          var n2 = lc(), u = ha - (n2 - t2);
          if (t2 = n2, u > 0) {
            if (++e2 >= sa)
              return arguments[0];
          } else
            e2 = 0;
          return r2.apply(a, arguments);
        };
      }
      function Mt(r2, e2) {
        var t2 = -1, n2 = r2.length, u = n2 - 1;
        for (e2 = e2 === a ? n2 : e2; ++t2 < e2; ) {
          var o2 = Zn(t2, u), f = r2[o2];
          r2[o2] = r2[t2], r2[t2] = f;
        }
        return r2.length = e2, r2;
      }
      var Co = Tl(function(r2) {
        var e2 = [];
        return r2.charCodeAt(0) === 46 && e2.push(""), r2.replace(Wa, function(t2, n2, u, o2) {
          e2.push(u ? o2.replace(qa, "$1") : n2 || t2);
        }), e2;
      });
      function Lr(r2) {
        if (typeof r2 == "string" || cr(r2))
          return r2;
        var e2 = r2 + "";
        return e2 == "0" && 1 / r2 == -ne ? "-0" : e2;
      }
      function se(r2) {
        if (r2 != null) {
          try {
            return mt.call(r2);
          } catch {
          }
          try {
            return r2 + "";
          } catch {
          }
        }
        return "";
      }
      function Gl(r2, e2) {
        return _r(ya, function(t2) {
          var n2 = "_." + t2[0];
          e2 & t2[1] && !vt(r2, n2) && r2.push(n2);
        }), r2.sort();
      }
      function jo(r2) {
        if (r2 instanceof z2)
          return r2.clone();
        var e2 = new dr(r2.__wrapped__, r2.__chain__);
        return e2.__actions__ = er(r2.__actions__), e2.__index__ = r2.__index__, e2.__values__ = r2.__values__, e2;
      }
      function Hl(r2, e2, t2) {
        (t2 ? X(r2, e2, t2) : e2 === a) ? e2 = 1 : e2 = M(O(e2), 0);
        var n2 = r2 == null ? 0 : r2.length;
        if (!n2 || e2 < 1)
          return [];
        for (var u = 0, o2 = 0, f = h(Ot(n2 / e2)); u < n2; )
          f[o2++] = mr(r2, u, u += e2);
        return f;
      }
      function Vl(r2) {
        for (var e2 = -1, t2 = r2 == null ? 0 : r2.length, n2 = 0, u = []; ++e2 < t2; ) {
          var o2 = r2[e2];
          o2 && (u[n2++] = o2);
        }
        return u;
      }
      function Jl() {
        var r2 = arguments.length;
        if (!r2)
          return [];
        for (var e2 = h(r2 - 1), t2 = arguments[0], n2 = r2; n2--; )
          e2[n2 - 1] = arguments[n2];
        return Vr(j(t2) ? er(t2) : [t2], J(e2, 1));
      }
      var Nl = S(function(r2, e2) {
        return T(r2) ? Ve(r2, J(e2, 1, T, true)) : [];
      }), Yl = S(function(r2, e2) {
        var t2 = br(e2);
        return T(t2) && (t2 = a), T(r2) ? Ve(r2, J(e2, 1, T, true), w(t2, 2)) : [];
      }), Ql = S(function(r2, e2) {
        var t2 = br(e2);
        return T(t2) && (t2 = a), T(r2) ? Ve(r2, J(e2, 1, T, true), a, t2) : [];
      });
      function Xl(r2, e2, t2) {
        var n2 = r2 == null ? 0 : r2.length;
        return n2 ? (e2 = t2 || e2 === a ? 1 : O(e2), mr(r2, e2 < 0 ? 0 : e2, n2)) : [];
      }
      function rs(r2, e2, t2) {
        var n2 = r2 == null ? 0 : r2.length;
        return n2 ? (e2 = t2 || e2 === a ? 1 : O(e2), e2 = n2 - e2, mr(r2, 0, e2 < 0 ? 0 : e2)) : [];
      }
      function es(r2, e2) {
        return r2 && r2.length ? Dt(r2, w(e2, 3), true, true) : [];
      }
      function ts(r2, e2) {
        return r2 && r2.length ? Dt(r2, w(e2, 3), true) : [];
      }
      function ns(r2, e2, t2, n2) {
        var u = r2 == null ? 0 : r2.length;
        return u ? (t2 && typeof t2 != "number" && X(r2, e2, t2) && (t2 = 0, n2 = u), Jc(r2, e2, t2, n2)) : [];
      }
      function Oo(r2, e2, t2) {
        var n2 = r2 == null ? 0 : r2.length;
        if (!n2)
          return -1;
        var u = t2 == null ? 0 : O(t2);
        return u < 0 && (u = M(n2 + u, 0)), _t(r2, w(e2, 3), u);
      }
      function ko(r2, e2, t2) {
        var n2 = r2 == null ? 0 : r2.length;
        if (!n2)
          return -1;
        var u = n2 - 1;
        return t2 !== a && (u = O(t2), u = t2 < 0 ? M(n2 + u, 0) : N(u, n2 - 1)), _t(r2, w(e2, 3), u, true);
      }
      function So(r2) {
        var e2 = r2 == null ? 0 : r2.length;
        return e2 ? J(r2, 1) : [];
      }
      function us(r2) {
        var e2 = r2 == null ? 0 : r2.length;
        return e2 ? J(r2, ne) : [];
      }
      function is(r2, e2) {
        var t2 = r2 == null ? 0 : r2.length;
        return t2 ? (e2 = e2 === a ? 1 : O(e2), J(r2, e2)) : [];
      }
      function os(r2) {
        for (var e2 = -1, t2 = r2 == null ? 0 : r2.length, n2 = {}; ++e2 < t2; ) {
          var u = r2[e2];
          n2[u[0]] = u[1];
        }
        return n2;
      }
      function Eo(r2) {
        return r2 && r2.length ? r2[0] : a;
      }
      function as(r2, e2, t2) {
        var n2 = r2 == null ? 0 : r2.length;
        if (!n2)
          return -1;
        var u = t2 == null ? 0 : O(t2);
        return u < 0 && (u = M(n2 + u, 0)), be(r2, e2, u);
      }
      function fs(r2) {
        var e2 = r2 == null ? 0 : r2.length;
        return e2 ? mr(r2, 0, -1) : [];
      }
      var cs = S(function(r2) {
        var e2 = R(r2, Nn);
        return e2.length && e2[0] === r2[0] ? Un(e2) : [];
      }), ls = S(function(r2) {
        var e2 = br(r2), t2 = R(r2, Nn);
        return e2 === br(t2) ? e2 = a : t2.pop(), t2.length && t2[0] === r2[0] ? Un(t2, w(e2, 2)) : [];
      }), ss = S(function(r2) {
        var e2 = br(r2), t2 = R(r2, Nn);
        return e2 = typeof e2 == "function" ? e2 : a, e2 && t2.pop(), t2.length && t2[0] === r2[0] ? Un(t2, a, e2) : [];
      });
      function hs(r2, e2) {
        return r2 == null ? "" : fc.call(r2, e2);
      }
      function br(r2) {
        var e2 = r2 == null ? 0 : r2.length;
        return e2 ? r2[e2 - 1] : a;
      }
      function ps(r2, e2, t2) {
        var n2 = r2 == null ? 0 : r2.length;
        if (!n2)
          return -1;
        var u = n2;
        return t2 !== a && (u = O(t2), u = u < 0 ? M(n2 + u, 0) : N(u, n2 - 1)), e2 === e2 ? Gf(r2, e2, u) : _t(r2, fi, u, true);
      }
      function vs(r2, e2) {
        return r2 && r2.length ? $i(r2, O(e2)) : a;
      }
      var _s = S(zo);
      function zo(r2, e2) {
        return r2 && r2.length && e2 && e2.length ? Mn(r2, e2) : r2;
      }
      function gs(r2, e2, t2) {
        return r2 && r2.length && e2 && e2.length ? Mn(r2, e2, w(t2, 2)) : r2;
      }
      function ds(r2, e2, t2) {
        return r2 && r2.length && e2 && e2.length ? Mn(r2, e2, a, t2) : r2;
      }
      var ys = Ur(function(r2, e2) {
        var t2 = r2 == null ? 0 : r2.length, n2 = Dn(r2, e2);
        return qi(r2, R(e2, function(u) {
          return Tr(u, t2) ? +u : u;
        }).sort(Qi)), n2;
      });
      function ms(r2, e2) {
        var t2 = [];
        if (!(r2 && r2.length))
          return t2;
        var n2 = -1, u = [], o2 = r2.length;
        for (e2 = w(e2, 3); ++n2 < o2; ) {
          var f = r2[n2];
          e2(f, n2, r2) && (t2.push(f), u.push(n2));
        }
        return qi(r2, u), t2;
      }
      function lu(r2) {
        return r2 == null ? r2 : hc.call(r2);
      }
      function bs(r2, e2, t2) {
        var n2 = r2 == null ? 0 : r2.length;
        return n2 ? (t2 && typeof t2 != "number" && X(r2, e2, t2) ? (e2 = 0, t2 = n2) : (e2 = e2 == null ? 0 : O(e2), t2 = t2 === a ? n2 : O(t2)), mr(r2, e2, t2)) : [];
      }
      function ws(r2, e2) {
        return Pt(r2, e2);
      }
      function xs(r2, e2, t2) {
        return Hn(r2, e2, w(t2, 2));
      }
      function As(r2, e2) {
        var t2 = r2 == null ? 0 : r2.length;
        if (t2) {
          var n2 = Pt(r2, e2);
          if (n2 < t2 && Or(r2[n2], e2))
            return n2;
        }
        return -1;
      }
      function Cs(r2, e2) {
        return Pt(r2, e2, true);
      }
      function js(r2, e2, t2) {
        return Hn(r2, e2, w(t2, 2), true);
      }
      function Os(r2, e2) {
        var t2 = r2 == null ? 0 : r2.length;
        if (t2) {
          var n2 = Pt(r2, e2, true) - 1;
          if (Or(r2[n2], e2))
            return n2;
        }
        return -1;
      }
      function ks(r2) {
        return r2 && r2.length ? Mi(r2) : [];
      }
      function Ss(r2, e2) {
        return r2 && r2.length ? Mi(r2, w(e2, 2)) : [];
      }
      function Es(r2) {
        var e2 = r2 == null ? 0 : r2.length;
        return e2 ? mr(r2, 1, e2) : [];
      }
      function zs(r2, e2, t2) {
        return r2 && r2.length ? (e2 = t2 || e2 === a ? 1 : O(e2), mr(r2, 0, e2 < 0 ? 0 : e2)) : [];
      }
      function Bs(r2, e2, t2) {
        var n2 = r2 == null ? 0 : r2.length;
        return n2 ? (e2 = t2 || e2 === a ? 1 : O(e2), e2 = n2 - e2, mr(r2, e2 < 0 ? 0 : e2, n2)) : [];
      }
      function Is(r2, e2) {
        return r2 && r2.length ? Dt(r2, w(e2, 3), false, true) : [];
      }
      function Ls(r2, e2) {
        return r2 && r2.length ? Dt(r2, w(e2, 3)) : [];
      }
      var Ws = S(function(r2) {
        return Qr(J(r2, 1, T, true));
      }), Ps = S(function(r2) {
        var e2 = br(r2);
        return T(e2) && (e2 = a), Qr(J(r2, 1, T, true), w(e2, 2));
      }), Ds = S(function(r2) {
        var e2 = br(r2);
        return e2 = typeof e2 == "function" ? e2 : a, Qr(J(r2, 1, T, true), a, e2);
      });
      function Fs(r2) {
        return r2 && r2.length ? Qr(r2) : [];
      }
      function Rs(r2, e2) {
        return r2 && r2.length ? Qr(r2, w(e2, 2)) : [];
      }
      function $s(r2, e2) {
        return e2 = typeof e2 == "function" ? e2 : a, r2 && r2.length ? Qr(r2, a, e2) : [];
      }
      function su(r2) {
        if (!(r2 && r2.length))
          return [];
        var e2 = 0;
        return r2 = Hr(r2, function(t2) {
          if (T(t2))
            return e2 = M(t2.length, e2), true;
        }), Sn(e2, function(t2) {
          return R(r2, jn(t2));
        });
      }
      function Bo(r2, e2) {
        if (!(r2 && r2.length))
          return [];
        var t2 = su(r2);
        return e2 == null ? t2 : R(t2, function(n2) {
          return or(e2, a, n2);
        });
      }
      var Us = S(function(r2, e2) {
        return T(r2) ? Ve(r2, e2) : [];
      }), Ts = S(function(r2) {
        return Jn(Hr(r2, T));
      }), qs = S(function(r2) {
        var e2 = br(r2);
        return T(e2) && (e2 = a), Jn(Hr(r2, T), w(e2, 2));
      }), Ks = S(function(r2) {
        var e2 = br(r2);
        return e2 = typeof e2 == "function" ? e2 : a, Jn(Hr(r2, T), a, e2);
      }), Ms = S(su);
      function Zs(r2, e2) {
        return Vi(r2 || [], e2 || [], He2);
      }
      function Gs(r2, e2) {
        return Vi(r2 || [], e2 || [], Ye);
      }
      var Hs = S(function(r2) {
        var e2 = r2.length, t2 = e2 > 1 ? r2[e2 - 1] : a;
        return t2 = typeof t2 == "function" ? (r2.pop(), t2) : a, Bo(r2, t2);
      });
      function Io(r2) {
        var e2 = i(r2);
        return e2.__chain__ = true, e2;
      }
      function Vs(r2, e2) {
        return e2(r2), r2;
      }
      function Zt(r2, e2) {
        return e2(r2);
      }
      var Js = Ur(function(r2) {
        var e2 = r2.length, t2 = e2 ? r2[0] : 0, n2 = this.__wrapped__, u = function(o2) {
          return Dn(o2, r2);
        };
        return e2 > 1 || this.__actions__.length || !(n2 instanceof z2) || !Tr(t2) ? this.thru(u) : (n2 = n2.slice(t2, +t2 + (e2 ? 1 : 0)), n2.__actions__.push({
          func: Zt,
          args: [u],
          thisArg: a
        }), new dr(n2, this.__chain__).thru(function(o2) {
          return e2 && !o2.length && o2.push(a), o2;
        }));
      });
      function Ns() {
        return Io(this);
      }
      function Ys() {
        return new dr(this.value(), this.__chain__);
      }
      function Qs() {
        this.__values__ === a && (this.__values__ = Go(this.value()));
        var r2 = this.__index__ >= this.__values__.length, e2 = r2 ? a : this.__values__[this.__index__++];
        return { done: r2, value: e2 };
      }
      function Xs() {
        return this;
      }
      function rh(r2) {
        for (var e2, t2 = this; t2 instanceof zt; ) {
          var n2 = jo(t2);
          n2.__index__ = 0, n2.__values__ = a, e2 ? u.__wrapped__ = n2 : e2 = n2;
          var u = n2;
          t2 = t2.__wrapped__;
        }
        return u.__wrapped__ = r2, e2;
      }
      function eh() {
        var r2 = this.__wrapped__;
        if (r2 instanceof z2) {
          var e2 = r2;
          return this.__actions__.length && (e2 = new z2(this)), e2 = e2.reverse(), e2.__actions__.push({
            func: Zt,
            args: [lu],
            thisArg: a
          }), new dr(e2, this.__chain__);
        }
        return this.thru(lu);
      }
      function th() {
        return Hi(this.__wrapped__, this.__actions__);
      }
      var nh = Ft(function(r2, e2, t2) {
        W.call(r2, t2) ? ++r2[t2] : Rr(r2, t2, 1);
      });
      function uh(r2, e2, t2) {
        var n2 = j(r2) ? oi : Vc;
        return t2 && X(r2, e2, t2) && (e2 = a), n2(r2, w(e2, 3));
      }
      function ih(r2, e2) {
        var t2 = j(r2) ? Hr : zi;
        return t2(r2, w(e2, 3));
      }
      var oh = uo(Oo), ah = uo(ko);
      function fh(r2, e2) {
        return J(Gt(r2, e2), 1);
      }
      function ch(r2, e2) {
        return J(Gt(r2, e2), ne);
      }
      function lh(r2, e2, t2) {
        return t2 = t2 === a ? 1 : O(t2), J(Gt(r2, e2), t2);
      }
      function Lo(r2, e2) {
        var t2 = j(r2) ? _r : Yr;
        return t2(r2, w(e2, 3));
      }
      function Wo(r2, e2) {
        var t2 = j(r2) ? Ef : Ei;
        return t2(r2, w(e2, 3));
      }
      var sh = Ft(function(r2, e2, t2) {
        W.call(r2, t2) ? r2[t2].push(e2) : Rr(r2, t2, [e2]);
      });
      function hh(r2, e2, t2, n2) {
        r2 = tr(r2) ? r2 : Ie(r2), t2 = t2 && !n2 ? O(t2) : 0;
        var u = r2.length;
        return t2 < 0 && (t2 = M(u + t2, 0)), Yt(r2) ? t2 <= u && r2.indexOf(e2, t2) > -1 : !!u && be(r2, e2, t2) > -1;
      }
      var ph = S(function(r2, e2, t2) {
        var n2 = -1, u = typeof e2 == "function", o2 = tr(r2) ? h(r2.length) : [];
        return Yr(r2, function(f) {
          o2[++n2] = u ? or(e2, f, t2) : Je(f, e2, t2);
        }), o2;
      }), vh = Ft(function(r2, e2, t2) {
        Rr(r2, t2, e2);
      });
      function Gt(r2, e2) {
        var t2 = j(r2) ? R : Di;
        return t2(r2, w(e2, 3));
      }
      function _h(r2, e2, t2, n2) {
        return r2 == null ? [] : (j(e2) || (e2 = e2 == null ? [] : [e2]), t2 = n2 ? a : t2, j(t2) || (t2 = t2 == null ? [] : [t2]), Ui(r2, e2, t2));
      }
      var gh = Ft(function(r2, e2, t2) {
        r2[t2 ? 0 : 1].push(e2);
      }, function() {
        return [[], []];
      });
      function dh(r2, e2, t2) {
        var n2 = j(r2) ? An : li, u = arguments.length < 3;
        return n2(r2, w(e2, 4), t2, u, Yr);
      }
      function yh(r2, e2, t2) {
        var n2 = j(r2) ? zf : li, u = arguments.length < 3;
        return n2(r2, w(e2, 4), t2, u, Ei);
      }
      function mh(r2, e2) {
        var t2 = j(r2) ? Hr : zi;
        return t2(r2, Jt(w(e2, 3)));
      }
      function bh(r2) {
        var e2 = j(r2) ? ji : hl;
        return e2(r2);
      }
      function wh(r2, e2, t2) {
        (t2 ? X(r2, e2, t2) : e2 === a) ? e2 = 1 : e2 = O(e2);
        var n2 = j(r2) ? Kc : pl;
        return n2(r2, e2);
      }
      function xh(r2) {
        var e2 = j(r2) ? Mc : _l;
        return e2(r2);
      }
      function Ah(r2) {
        if (r2 == null)
          return 0;
        if (tr(r2))
          return Yt(r2) ? xe(r2) : r2.length;
        var e2 = Y(r2);
        return e2 == xr || e2 == Ar ? r2.size : qn(r2).length;
      }
      function Ch(r2, e2, t2) {
        var n2 = j(r2) ? Cn : gl;
        return t2 && X(r2, e2, t2) && (e2 = a), n2(r2, w(e2, 3));
      }
      var jh = S(function(r2, e2) {
        if (r2 == null)
          return [];
        var t2 = e2.length;
        return t2 > 1 && X(r2, e2[0], e2[1]) ? e2 = [] : t2 > 2 && X(e2[0], e2[1], e2[2]) && (e2 = [e2[0]]), Ui(r2, J(e2, 1), []);
      }), Ht = ic || function() {
        return V.Date.now();
      };
      function Oh(r2, e2) {
        if (typeof e2 != "function")
          throw new gr(hr);
        return r2 = O(r2), function() {
          if (--r2 < 1)
            return e2.apply(this, arguments);
        };
      }
      function Po(r2, e2, t2) {
        return e2 = t2 ? a : e2, e2 = r2 && e2 == null ? r2.length : e2, $r(r2, Wr, a, a, a, a, e2);
      }
      function Do(r2, e2) {
        var t2;
        if (typeof e2 != "function")
          throw new gr(hr);
        return r2 = O(r2), function() {
          return --r2 > 0 && (t2 = e2.apply(this, arguments)), r2 <= 1 && (e2 = a), t2;
        };
      }
      var hu = S(function(r2, e2, t2) {
        var n2 = pr;
        if (t2.length) {
          var u = Jr(t2, ze(hu));
          n2 |= Er;
        }
        return $r(r2, n2, e2, t2, u);
      }), Fo = S(function(r2, e2, t2) {
        var n2 = pr | te;
        if (t2.length) {
          var u = Jr(t2, ze(Fo));
          n2 |= Er;
        }
        return $r(e2, n2, r2, t2, u);
      });
      function Ro(r2, e2, t2) {
        e2 = t2 ? a : e2;
        var n2 = $r(r2, Sr, a, a, a, a, a, e2);
        return n2.placeholder = Ro.placeholder, n2;
      }
      function $o(r2, e2, t2) {
        e2 = t2 ? a : e2;
        var n2 = $r(r2, _e, a, a, a, a, a, e2);
        return n2.placeholder = $o.placeholder, n2;
      }
      function Uo(r2, e2, t2) {
        var n2, u, o2, f, c, s, v = 0, _ = false, g = false, d = true;
        if (typeof r2 != "function")
          throw new gr(hr);
        e2 = wr2(e2) || 0, $(t2) && (_ = !!t2.leading, g = "maxWait" in t2, o2 = g ? M(wr2(t2.maxWait) || 0, e2) : o2, d = "trailing" in t2 ? !!t2.trailing : d);
        function m(q) {
          var kr = n2, Mr = u;
          return n2 = u = a, v = q, f = r2.apply(Mr, kr), f;
        }
        function x(q) {
          return v = q, c = rt(E, e2), _ ? m(q) : f;
        }
        function k(q) {
          var kr = q - s, Mr = q - v, ia = e2 - kr;
          return g ? N(ia, o2 - Mr) : ia;
        }
        function A(q) {
          var kr = q - s, Mr = q - v;
          return s === a || kr >= e2 || kr < 0 || g && Mr >= o2;
        }
        function E() {
          var q = Ht();
          if (A(q))
            return B(q);
          c = rt(E, k(q));
        }
        function B(q) {
          return c = a, d && n2 ? m(q) : (n2 = u = a, f);
        }
        function lr() {
          c !== a && Ji(c), v = 0, n2 = s = u = c = a;
        }
        function rr() {
          return c === a ? f : B(Ht());
        }
        function sr() {
          var q = Ht(), kr = A(q);
          if (n2 = arguments, u = this, s = q, kr) {
            if (c === a)
              return x(s);
            if (g)
              return Ji(c), c = rt(E, e2), m(s);
          }
          return c === a && (c = rt(E, e2)), f;
        }
        return sr.cancel = lr, sr.flush = rr, sr;
      }
      var kh = S(function(r2, e2) {
        return Si(r2, 1, e2);
      }), Sh = S(function(r2, e2, t2) {
        return Si(r2, wr2(e2) || 0, t2);
      });
      function Eh(r2) {
        return $r(r2, tn);
      }
      function Vt(r2, e2) {
        if (typeof r2 != "function" || e2 != null && typeof e2 != "function")
          throw new gr(hr);
        var t2 = function() {
          var n2 = arguments, u = e2 ? e2.apply(this, n2) : n2[0], o2 = t2.cache;
          if (o2.has(u))
            return o2.get(u);
          var f = r2.apply(this, n2);
          return t2.cache = o2.set(u, f) || o2, f;
        };
        return t2.cache = new (Vt.Cache || Fr)(), t2;
      }
      Vt.Cache = Fr;
      function Jt(r2) {
        if (typeof r2 != "function")
          throw new gr(hr);
        return function() {
          var e2 = arguments;
          switch (e2.length) {
            case 0:
              return !r2.call(this);
            case 1:
              return !r2.call(this, e2[0]);
            case 2:
              return !r2.call(this, e2[0], e2[1]);
            case 3:
              return !r2.call(this, e2[0], e2[1], e2[2]);
          }
          return !r2.apply(this, e2);
        };
      }
      function zh(r2) {
        return Do(2, r2);
      }
      var Bh = dl(function(r2, e2) {
        e2 = e2.length == 1 && j(e2[0]) ? R(e2[0], ar(w())) : R(J(e2, 1), ar(w()));
        var t2 = e2.length;
        return S(function(n2) {
          for (var u = -1, o2 = N(n2.length, t2); ++u < o2; )
            n2[u] = e2[u].call(this, n2[u]);
          return or(r2, this, n2);
        });
      }), pu = S(function(r2, e2) {
        var t2 = Jr(e2, ze(pu));
        return $r(r2, Er, a, e2, t2);
      }), To = S(function(r2, e2) {
        var t2 = Jr(e2, ze(To));
        return $r(r2, ge, a, e2, t2);
      }), Ih = Ur(function(r2, e2) {
        return $r(r2, Le, a, a, a, e2);
      });
      function Lh(r2, e2) {
        if (typeof r2 != "function")
          throw new gr(hr);
        return e2 = e2 === a ? e2 : O(e2), S(r2, e2);
      }
      function Wh(r2, e2) {
        if (typeof r2 != "function")
          throw new gr(hr);
        return e2 = e2 == null ? 0 : M(O(e2), 0), S(function(t2) {
          var n2 = t2[e2], u = re(t2, 0, e2);
          return n2 && Vr(u, n2), or(r2, this, u);
        });
      }
      function Ph(r2, e2, t2) {
        var n2 = true, u = true;
        if (typeof r2 != "function")
          throw new gr(hr);
        return $(t2) && (n2 = "leading" in t2 ? !!t2.leading : n2, u = "trailing" in t2 ? !!t2.trailing : u), Uo(r2, e2, {
          leading: n2,
          maxWait: e2,
          trailing: u
        });
      }
      function Dh(r2) {
        return Po(r2, 1);
      }
      function Fh(r2, e2) {
        return pu(Yn(e2), r2);
      }
      function Rh() {
        if (!arguments.length)
          return [];
        var r2 = arguments[0];
        return j(r2) ? r2 : [r2];
      }
      function $h(r2) {
        return yr(r2, pe);
      }
      function Uh(r2, e2) {
        return e2 = typeof e2 == "function" ? e2 : a, yr(r2, pe, e2);
      }
      function Th(r2) {
        return yr(r2, Zr | pe);
      }
      function qh(r2, e2) {
        return e2 = typeof e2 == "function" ? e2 : a, yr(r2, Zr | pe, e2);
      }
      function Kh(r2, e2) {
        return e2 == null || ki(r2, e2, G(e2));
      }
      function Or(r2, e2) {
        return r2 === e2 || r2 !== r2 && e2 !== e2;
      }
      var Mh = Tt($n), Zh = Tt(function(r2, e2) {
        return r2 >= e2;
      }), he = Li(/* @__PURE__ */ (function() {
        return arguments;
      })()) ? Li : function(r2) {
        return U(r2) && W.call(r2, "callee") && !mi.call(r2, "callee");
      }, j = h.isArray, Gh = ri ? ar(ri) : rl;
      function tr(r2) {
        return r2 != null && Nt(r2.length) && !qr(r2);
      }
      function T(r2) {
        return U(r2) && tr(r2);
      }
      function Hh(r2) {
        return r2 === true || r2 === false || U(r2) && Q(r2) == We2;
      }
      var ee = ac || Cu, Vh = ei ? ar(ei) : el;
      function Jh(r2) {
        return U(r2) && r2.nodeType === 1 && !et(r2);
      }
      function Nh(r2) {
        if (r2 == null)
          return true;
        if (tr(r2) && (j(r2) || typeof r2 == "string" || typeof r2.splice == "function" || ee(r2) || Be(r2) || he(r2)))
          return !r2.length;
        var e2 = Y(r2);
        if (e2 == xr || e2 == Ar)
          return !r2.size;
        if (Xe2(r2))
          return !qn(r2).length;
        for (var t2 in r2)
          if (W.call(r2, t2))
            return false;
        return true;
      }
      function Yh(r2, e2) {
        return Ne(r2, e2);
      }
      function Qh(r2, e2, t2) {
        t2 = typeof t2 == "function" ? t2 : a;
        var n2 = t2 ? t2(r2, e2) : a;
        return n2 === a ? Ne(r2, e2, a, t2) : !!n2;
      }
      function vu(r2) {
        if (!U(r2))
          return false;
        var e2 = Q(r2);
        return e2 == ft || e2 == ba || typeof r2.message == "string" && typeof r2.name == "string" && !et(r2);
      }
      function Xh(r2) {
        return typeof r2 == "number" && wi(r2);
      }
      function qr(r2) {
        if (!$(r2))
          return false;
        var e2 = Q(r2);
        return e2 == ct || e2 == Su || e2 == ma || e2 == xa;
      }
      function qo(r2) {
        return typeof r2 == "number" && r2 == O(r2);
      }
      function Nt(r2) {
        return typeof r2 == "number" && r2 > -1 && r2 % 1 == 0 && r2 <= Gr;
      }
      function $(r2) {
        var e2 = typeof r2;
        return r2 != null && (e2 == "object" || e2 == "function");
      }
      function U(r2) {
        return r2 != null && typeof r2 == "object";
      }
      var Ko = ti ? ar(ti) : nl;
      function rp(r2, e2) {
        return r2 === e2 || Tn(r2, e2, uu(e2));
      }
      function ep(r2, e2, t2) {
        return t2 = typeof t2 == "function" ? t2 : a, Tn(r2, e2, uu(e2), t2);
      }
      function tp(r2) {
        return Mo(r2) && r2 != +r2;
      }
      function np(r2) {
        if (Ul(r2))
          throw new C(rn);
        return Wi(r2);
      }
      function up(r2) {
        return r2 === null;
      }
      function ip(r2) {
        return r2 == null;
      }
      function Mo(r2) {
        return typeof r2 == "number" || U(r2) && Q(r2) == De;
      }
      function et(r2) {
        if (!U(r2) || Q(r2) != Pr)
          return false;
        var e2 = At(r2);
        if (e2 === null)
          return true;
        var t2 = W.call(e2, "constructor") && e2.constructor;
        return typeof t2 == "function" && t2 instanceof t2 && mt.call(t2) == ec;
      }
      var _u = ni ? ar(ni) : ul;
      function op(r2) {
        return qo(r2) && r2 >= -Gr && r2 <= Gr;
      }
      var Zo = ui ? ar(ui) : il;
      function Yt(r2) {
        return typeof r2 == "string" || !j(r2) && U(r2) && Q(r2) == Re;
      }
      function cr(r2) {
        return typeof r2 == "symbol" || U(r2) && Q(r2) == lt2;
      }
      var Be = ii ? ar(ii) : ol;
      function ap(r2) {
        return r2 === a;
      }
      function fp(r2) {
        return U(r2) && Y(r2) == $e;
      }
      function cp(r2) {
        return U(r2) && Q(r2) == Ca;
      }
      var lp = Tt(Kn), sp = Tt(function(r2, e2) {
        return r2 <= e2;
      });
      function Go(r2) {
        if (!r2)
          return [];
        if (tr(r2))
          return Yt(r2) ? Cr(r2) : er(r2);
        if (qe && r2[qe])
          return Kf(r2[qe]());
        var e2 = Y(r2), t2 = e2 == xr ? zn : e2 == Ar ? gt : Ie;
        return t2(r2);
      }
      function Kr(r2) {
        if (!r2)
          return r2 === 0 ? r2 : 0;
        if (r2 = wr2(r2), r2 === ne || r2 === -ne) {
          var e2 = r2 < 0 ? -1 : 1;
          return e2 * _a;
        }
        return r2 === r2 ? r2 : 0;
      }
      function O(r2) {
        var e2 = Kr(r2), t2 = e2 % 1;
        return e2 === e2 ? t2 ? e2 - t2 : e2 : 0;
      }
      function Ho(r2) {
        return r2 ? fe(O(r2), 0, zr) : 0;
      }
      function wr2(r2) {
        if (typeof r2 == "number")
          return r2;
        if (cr(r2))
          return ot;
        if ($(r2)) {
          var e2 = typeof r2.valueOf == "function" ? r2.valueOf() : r2;
          r2 = $(e2) ? e2 + "" : e2;
        }
        if (typeof r2 != "string")
          return r2 === 0 ? r2 : +r2;
        r2 = si(r2);
        var t2 = Za2.test(r2);
        return t2 || Ha2.test(r2) ? Of(r2.slice(2), t2 ? 2 : 8) : Ma.test(r2) ? ot : +r2;
      }
      function Vo(r2) {
        return Ir(r2, nr(r2));
      }
      function hp(r2) {
        return r2 ? fe(O(r2), -Gr, Gr) : r2 === 0 ? r2 : 0;
      }
      function L(r2) {
        return r2 == null ? "" : fr(r2);
      }
      var pp = Se(function(r2, e2) {
        if (Xe2(e2) || tr(e2)) {
          Ir(e2, G(e2), r2);
          return;
        }
        for (var t2 in e2)
          W.call(e2, t2) && He2(r2, t2, e2[t2]);
      }), Jo = Se(function(r2, e2) {
        Ir(e2, nr(e2), r2);
      }), Qt = Se(function(r2, e2, t2, n2) {
        Ir(e2, nr(e2), r2, n2);
      }), vp = Se(function(r2, e2, t2, n2) {
        Ir(e2, G(e2), r2, n2);
      }), _p = Ur(Dn);
      function gp(r2, e2) {
        var t2 = ke(r2);
        return e2 == null ? t2 : Oi(t2, e2);
      }
      var dp = S(function(r2, e2) {
        r2 = P(r2);
        var t2 = -1, n2 = e2.length, u = n2 > 2 ? e2[2] : a;
        for (u && X(e2[0], e2[1], u) && (n2 = 1); ++t2 < n2; )
          for (var o2 = e2[t2], f = nr(o2), c = -1, s = f.length; ++c < s; ) {
            var v = f[c], _ = r2[v];
            (_ === a || Or(_, Ce[v]) && !W.call(r2, v)) && (r2[v] = o2[v]);
          }
        return r2;
      }), yp = S(function(r2) {
        return r2.push(a, so), or(No, a, r2);
      });
      function mp(r2, e2) {
        return ai(r2, w(e2, 3), Br);
      }
      function bp(r2, e2) {
        return ai(r2, w(e2, 3), Rn);
      }
      function wp(r2, e2) {
        return r2 == null ? r2 : Fn(r2, w(e2, 3), nr);
      }
      function xp(r2, e2) {
        return r2 == null ? r2 : Bi(r2, w(e2, 3), nr);
      }
      function Ap(r2, e2) {
        return r2 && Br(r2, w(e2, 3));
      }
      function Cp(r2, e2) {
        return r2 && Rn(r2, w(e2, 3));
      }
      function jp(r2) {
        return r2 == null ? [] : Lt(r2, G(r2));
      }
      function Op(r2) {
        return r2 == null ? [] : Lt(r2, nr(r2));
      }
      function gu(r2, e2, t2) {
        var n2 = r2 == null ? a : ce(r2, e2);
        return n2 === a ? t2 : n2;
      }
      function kp(r2, e2) {
        return r2 != null && vo(r2, e2, Nc);
      }
      function du(r2, e2) {
        return r2 != null && vo(r2, e2, Yc);
      }
      var Sp = oo(function(r2, e2, t2) {
        e2 != null && typeof e2.toString != "function" && (e2 = bt.call(e2)), r2[e2] = t2;
      }, mu(ur)), Ep = oo(function(r2, e2, t2) {
        e2 != null && typeof e2.toString != "function" && (e2 = bt.call(e2)), W.call(r2, e2) ? r2[e2].push(t2) : r2[e2] = [t2];
      }, w), zp = S(Je);
      function G(r2) {
        return tr(r2) ? Ci(r2) : qn(r2);
      }
      function nr(r2) {
        return tr(r2) ? Ci(r2, true) : al(r2);
      }
      function Bp(r2, e2) {
        var t2 = {};
        return e2 = w(e2, 3), Br(r2, function(n2, u, o2) {
          Rr(t2, e2(n2, u, o2), n2);
        }), t2;
      }
      function Ip(r2, e2) {
        var t2 = {};
        return e2 = w(e2, 3), Br(r2, function(n2, u, o2) {
          Rr(t2, u, e2(n2, u, o2));
        }), t2;
      }
      var Lp = Se(function(r2, e2, t2) {
        Wt(r2, e2, t2);
      }), No = Se(function(r2, e2, t2, n2) {
        Wt(r2, e2, t2, n2);
      }), Wp = Ur(function(r2, e2) {
        var t2 = {};
        if (r2 == null)
          return t2;
        var n2 = false;
        e2 = R(e2, function(o2) {
          return o2 = Xr(o2, r2), n2 || (n2 = o2.length > 1), o2;
        }), Ir(r2, tu(r2), t2), n2 && (t2 = yr(t2, Zr | ju2 | pe, Sl));
        for (var u = e2.length; u--; )
          Vn(t2, e2[u]);
        return t2;
      });
      function Pp(r2, e2) {
        return Yo(r2, Jt(w(e2)));
      }
      var Dp = Ur(function(r2, e2) {
        return r2 == null ? {} : cl(r2, e2);
      });
      function Yo(r2, e2) {
        if (r2 == null)
          return {};
        var t2 = R(tu(r2), function(n2) {
          return [n2];
        });
        return e2 = w(e2), Ti(r2, t2, function(n2, u) {
          return e2(n2, u[0]);
        });
      }
      function Fp(r2, e2, t2) {
        e2 = Xr(e2, r2);
        var n2 = -1, u = e2.length;
        for (u || (u = 1, r2 = a); ++n2 < u; ) {
          var o2 = r2 == null ? a : r2[Lr(e2[n2])];
          o2 === a && (n2 = u, o2 = t2), r2 = qr(o2) ? o2.call(r2) : o2;
        }
        return r2;
      }
      function Rp(r2, e2, t2) {
        return r2 == null ? r2 : Ye(r2, e2, t2);
      }
      function $p(r2, e2, t2, n2) {
        return n2 = typeof n2 == "function" ? n2 : a, r2 == null ? r2 : Ye(r2, e2, t2, n2);
      }
      var Qo = co(G), Xo = co(nr);
      function Up(r2, e2, t2) {
        var n2 = j(r2), u = n2 || ee(r2) || Be(r2);
        if (e2 = w(e2, 4), t2 == null) {
          var o2 = r2 && r2.constructor;
          u ? t2 = n2 ? new o2() : [] : $(r2) ? t2 = qr(o2) ? ke(At(r2)) : {} : t2 = {};
        }
        return (u ? _r : Br)(r2, function(f, c, s) {
          return e2(t2, f, c, s);
        }), t2;
      }
      function Tp(r2, e2) {
        return r2 == null ? true : Vn(r2, e2);
      }
      function qp(r2, e2, t2) {
        return r2 == null ? r2 : Gi(r2, e2, Yn(t2));
      }
      function Kp(r2, e2, t2, n2) {
        return n2 = typeof n2 == "function" ? n2 : a, r2 == null ? r2 : Gi(r2, e2, Yn(t2), n2);
      }
      function Ie(r2) {
        return r2 == null ? [] : En(r2, G(r2));
      }
      function Mp(r2) {
        return r2 == null ? [] : En(r2, nr(r2));
      }
      function Zp(r2, e2, t2) {
        return t2 === a && (t2 = e2, e2 = a), t2 !== a && (t2 = wr2(t2), t2 = t2 === t2 ? t2 : 0), e2 !== a && (e2 = wr2(e2), e2 = e2 === e2 ? e2 : 0), fe(wr2(r2), e2, t2);
      }
      function Gp(r2, e2, t2) {
        return e2 = Kr(e2), t2 === a ? (t2 = e2, e2 = 0) : t2 = Kr(t2), r2 = wr2(r2), Qc(r2, e2, t2);
      }
      function Hp(r2, e2, t2) {
        if (t2 && typeof t2 != "boolean" && X(r2, e2, t2) && (e2 = t2 = a), t2 === a && (typeof e2 == "boolean" ? (t2 = e2, e2 = a) : typeof r2 == "boolean" && (t2 = r2, r2 = a)), r2 === a && e2 === a ? (r2 = 0, e2 = 1) : (r2 = Kr(r2), e2 === a ? (e2 = r2, r2 = 0) : e2 = Kr(e2)), r2 > e2) {
          var n2 = r2;
          r2 = e2, e2 = n2;
        }
        if (t2 || r2 % 1 || e2 % 1) {
          var u = xi();
          return N(r2 + u * (e2 - r2 + jf("1e-" + ((u + "").length - 1))), e2);
        }
        return Zn(r2, e2);
      }
      var Vp = Ee(function(r2, e2, t2) {
        return e2 = e2.toLowerCase(), r2 + (t2 ? ra(e2) : e2);
      });
      function ra(r2) {
        return yu(L(r2).toLowerCase());
      }
      function ea(r2) {
        return r2 = L(r2), r2 && r2.replace(Ja2, Rf).replace(_f, "");
      }
      function Jp(r2, e2, t2) {
        r2 = L(r2), e2 = fr(e2);
        var n2 = r2.length;
        t2 = t2 === a ? n2 : fe(O(t2), 0, n2);
        var u = t2;
        return t2 -= e2.length, t2 >= 0 && r2.slice(t2, u) == e2;
      }
      function Np(r2) {
        return r2 = L(r2), r2 && Ea.test(r2) ? r2.replace(Bu2, $f) : r2;
      }
      function Yp(r2) {
        return r2 = L(r2), r2 && Pa.test(r2) ? r2.replace(pn, "\\$&") : r2;
      }
      var Qp = Ee(function(r2, e2, t2) {
        return r2 + (t2 ? "-" : "") + e2.toLowerCase();
      }), Xp = Ee(function(r2, e2, t2) {
        return r2 + (t2 ? " " : "") + e2.toLowerCase();
      }), rv2 = no("toLowerCase");
      function ev2(r2, e2, t2) {
        r2 = L(r2), e2 = O(e2);
        var n2 = e2 ? xe(r2) : 0;
        if (!e2 || n2 >= e2)
          return r2;
        var u = (e2 - n2) / 2;
        return Ut(kt2(u), t2) + r2 + Ut(Ot(u), t2);
      }
      function tv2(r2, e2, t2) {
        r2 = L(r2), e2 = O(e2);
        var n2 = e2 ? xe(r2) : 0;
        return e2 && n2 < e2 ? r2 + Ut(e2 - n2, t2) : r2;
      }
      function nv2(r2, e2, t2) {
        r2 = L(r2), e2 = O(e2);
        var n2 = e2 ? xe(r2) : 0;
        return e2 && n2 < e2 ? Ut(e2 - n2, t2) + r2 : r2;
      }
      function uv2(r2, e2, t2) {
        return t2 || e2 == null ? e2 = 0 : e2 && (e2 = +e2), sc(L(r2).replace(vn, ""), e2 || 0);
      }
      function iv2(r2, e2, t2) {
        return (t2 ? X(r2, e2, t2) : e2 === a) ? e2 = 1 : e2 = O(e2), Gn(L(r2), e2);
      }
      function ov2() {
        var r2 = arguments, e2 = L(r2[0]);
        return r2.length < 3 ? e2 : e2.replace(r2[1], r2[2]);
      }
      var av2 = Ee(function(r2, e2, t2) {
        return r2 + (t2 ? "_" : "") + e2.toLowerCase();
      });
      function fv2(r2, e2, t2) {
        return t2 && typeof t2 != "number" && X(r2, e2, t2) && (e2 = t2 = a), t2 = t2 === a ? zr : t2 >>> 0, t2 ? (r2 = L(r2), r2 && (typeof e2 == "string" || e2 != null && !_u(e2)) && (e2 = fr(e2), !e2 && we(r2)) ? re(Cr(r2), 0, t2) : r2.split(e2, t2)) : [];
      }
      var cv2 = Ee(function(r2, e2, t2) {
        return r2 + (t2 ? " " : "") + yu(e2);
      });
      function lv2(r2, e2, t2) {
        return r2 = L(r2), t2 = t2 == null ? 0 : fe(O(t2), 0, r2.length), e2 = fr(e2), r2.slice(t2, t2 + e2.length) == e2;
      }
      function sv2(r2, e2, t2) {
        var n2 = i.templateSettings;
        t2 && X(r2, e2, t2) && (e2 = a), r2 = L(r2), e2 = Qt({}, e2, n2, lo);
        var u = Qt({}, e2.imports, n2.imports, lo), o2 = G(u), f = En(u, o2), c, s, v = 0, _ = e2.interpolate || st, g = "__p += '", d = Bn(
          (e2.escape || st).source + "|" + _.source + "|" + (_ === Iu ? Ka2 : st).source + "|" + (e2.evaluate || st).source + "|$",
          "g"
        ), m = "//# sourceURL=" + (W.call(e2, "sourceURL") ? (e2.sourceURL + "").replace(/\s/g, " ") : "lodash.templateSources[" + ++bf + "]") + `
`;
        r2.replace(d, function(A, E, B, lr, rr, sr) {
          return B || (B = lr), g += r2.slice(v, sr).replace(Na, Uf), E && (c = true, g += `' +
__e(` + E + `) +
'`), rr && (s = true, g += `';
` + rr + `;
__p += '`), B && (g += `' +
((__t = (` + B + `)) == null ? '' : __t) +
'`), v = sr + A.length, A;
        }), g += `';
`;
        var x = W.call(e2, "variable") && e2.variable;
        if (!x)
          g = `with (obj) {
` + g + `
}
`;
        else if (Ta.test(x))
          throw new C(aa);
        g = (s ? g.replace(ja, "") : g).replace(Oa, "$1").replace(ka, "$1;"), g = "function(" + (x || "obj") + `) {
` + (x ? "" : `obj || (obj = {});
`) + "var __t, __p = ''" + (c ? ", __e = _.escape" : "") + (s ? `, __j = Array.prototype.join;
function print() { __p += __j.call(arguments, '') }
` : `;
`) + g + `return __p
}`;
        var k = na(function() {
          return I2(o2, m + "return " + g).apply(a, f);
        });
        if (k.source = g, vu(k))
          throw k;
        return k;
      }
      function hv2(r2) {
        return L(r2).toLowerCase();
      }
      function pv2(r2) {
        return L(r2).toUpperCase();
      }
      function vv2(r2, e2, t2) {
        if (r2 = L(r2), r2 && (t2 || e2 === a))
          return si(r2);
        if (!r2 || !(e2 = fr(e2)))
          return r2;
        var n2 = Cr(r2), u = Cr(e2), o2 = hi(n2, u), f = pi(n2, u) + 1;
        return re(n2, o2, f).join("");
      }
      function _v2(r2, e2, t2) {
        if (r2 = L(r2), r2 && (t2 || e2 === a))
          return r2.slice(0, _i(r2) + 1);
        if (!r2 || !(e2 = fr(e2)))
          return r2;
        var n2 = Cr(r2), u = pi(n2, Cr(e2)) + 1;
        return re(n2, 0, u).join("");
      }
      function gv2(r2, e2, t2) {
        if (r2 = L(r2), r2 && (t2 || e2 === a))
          return r2.replace(vn, "");
        if (!r2 || !(e2 = fr(e2)))
          return r2;
        var n2 = Cr(r2), u = hi(n2, Cr(e2));
        return re(n2, u).join("");
      }
      function dv2(r2, e2) {
        var t2 = ca, n2 = la;
        if ($(e2)) {
          var u = "separator" in e2 ? e2.separator : u;
          t2 = "length" in e2 ? O(e2.length) : t2, n2 = "omission" in e2 ? fr(e2.omission) : n2;
        }
        r2 = L(r2);
        var o2 = r2.length;
        if (we(r2)) {
          var f = Cr(r2);
          o2 = f.length;
        }
        if (t2 >= o2)
          return r2;
        var c = t2 - xe(n2);
        if (c < 1)
          return n2;
        var s = f ? re(f, 0, c).join("") : r2.slice(0, c);
        if (u === a)
          return s + n2;
        if (f && (c += s.length - c), _u(u)) {
          if (r2.slice(c).search(u)) {
            var v, _ = s;
            for (u.global || (u = Bn(u.source, L(Lu2.exec(u)) + "g")), u.lastIndex = 0; v = u.exec(_); )
              var g = v.index;
            s = s.slice(0, g === a ? c : g);
          }
        } else if (r2.indexOf(fr(u), c) != c) {
          var d = s.lastIndexOf(u);
          d > -1 && (s = s.slice(0, d));
        }
        return s + n2;
      }
      function yv2(r2) {
        return r2 = L(r2), r2 && Sa.test(r2) ? r2.replace(zu2, Hf) : r2;
      }
      var mv2 = Ee(function(r2, e2, t2) {
        return r2 + (t2 ? " " : "") + e2.toUpperCase();
      }), yu = no("toUpperCase");
      function ta(r2, e2, t2) {
        return r2 = L(r2), e2 = t2 ? a : e2, e2 === a ? qf(r2) ? Nf(r2) : Lf(r2) : r2.match(e2) || [];
      }
      var na = S(function(r2, e2) {
        try {
          return or(r2, a, e2);
        } catch (t2) {
          return vu(t2) ? t2 : new C(t2);
        }
      }), bv2 = Ur(function(r2, e2) {
        return _r(e2, function(t2) {
          t2 = Lr(t2), Rr(r2, t2, hu(r2[t2], r2));
        }), r2;
      });
      function wv2(r2) {
        var e2 = r2 == null ? 0 : r2.length, t2 = w();
        return r2 = e2 ? R(r2, function(n2) {
          if (typeof n2[1] != "function")
            throw new gr(hr);
          return [t2(n2[0]), n2[1]];
        }) : [], S(function(n2) {
          for (var u = -1; ++u < e2; ) {
            var o2 = r2[u];
            if (or(o2[0], this, n2))
              return or(o2[1], this, n2);
          }
        });
      }
      function xv2(r2) {
        return Hc(yr(r2, Zr));
      }
      function mu(r2) {
        return function() {
          return r2;
        };
      }
      function Av2(r2, e2) {
        return r2 == null || r2 !== r2 ? e2 : r2;
      }
      var Cv2 = io(), jv2 = io(true);
      function ur(r2) {
        return r2;
      }
      function bu(r2) {
        return Pi(typeof r2 == "function" ? r2 : yr(r2, Zr));
      }
      function Ov2(r2) {
        return Fi(yr(r2, Zr));
      }
      function kv2(r2, e2) {
        return Ri(r2, yr(e2, Zr));
      }
      var Sv2 = S(function(r2, e2) {
        return function(t2) {
          return Je(t2, r2, e2);
        };
      }), Ev2 = S(function(r2, e2) {
        return function(t2) {
          return Je(r2, t2, e2);
        };
      });
      function wu(r2, e2, t2) {
        var n2 = G(e2), u = Lt(e2, n2);
        t2 == null && !($(e2) && (u.length || !n2.length)) && (t2 = e2, e2 = r2, r2 = this, u = Lt(e2, G(e2)));
        var o2 = !($(t2) && "chain" in t2) || !!t2.chain, f = qr(r2);
        return _r(u, function(c) {
          var s = e2[c];
          r2[c] = s, f && (r2.prototype[c] = function() {
            var v = this.__chain__;
            if (o2 || v) {
              var _ = r2(this.__wrapped__), g = _.__actions__ = er(this.__actions__);
              return g.push({ func: s, args: arguments, thisArg: r2 }), _.__chain__ = v, _;
            }
            return s.apply(r2, Vr([this.value()], arguments));
          });
        }), r2;
      }
      function zv2() {
        return V._ === this && (V._ = tc), this;
      }
      function xu() {
      }
      function Bv2(r2) {
        return r2 = O(r2), S(function(e2) {
          return $i(e2, r2);
        });
      }
      var Iv2 = Xn(R), Lv2 = Xn(oi), Wv2 = Xn(Cn);
      function ua(r2) {
        return ou(r2) ? jn(Lr(r2)) : ll(r2);
      }
      function Pv2(r2) {
        return function(e2) {
          return r2 == null ? a : ce(r2, e2);
        };
      }
      var Dv2 = ao(), Fv2 = ao(true);
      function Au() {
        return [];
      }
      function Cu() {
        return false;
      }
      function Rv2() {
        return {};
      }
      function $v2() {
        return "";
      }
      function Uv2() {
        return true;
      }
      function Tv2(r2, e2) {
        if (r2 = O(r2), r2 < 1 || r2 > Gr)
          return [];
        var t2 = zr, n2 = N(r2, zr);
        e2 = w(e2), r2 -= zr;
        for (var u = Sn(n2, e2); ++t2 < r2; )
          e2(t2);
        return u;
      }
      function qv2(r2) {
        return j(r2) ? R(r2, Lr) : cr(r2) ? [r2] : er(Co(L(r2)));
      }
      function Kv2(r2) {
        var e2 = ++rc;
        return L(r2) + e2;
      }
      var Mv2 = $t(function(r2, e2) {
        return r2 + e2;
      }, 0), Zv = ru("ceil"), Gv2 = $t(function(r2, e2) {
        return r2 / e2;
      }, 1), Hv2 = ru("floor");
      function Vv(r2) {
        return r2 && r2.length ? It(r2, ur, $n) : a;
      }
      function Jv(r2, e2) {
        return r2 && r2.length ? It(r2, w(e2, 2), $n) : a;
      }
      function Nv2(r2) {
        return ci(r2, ur);
      }
      function Yv(r2, e2) {
        return ci(r2, w(e2, 2));
      }
      function Qv2(r2) {
        return r2 && r2.length ? It(r2, ur, Kn) : a;
      }
      function Xv2(r2, e2) {
        return r2 && r2.length ? It(r2, w(e2, 2), Kn) : a;
      }
      var r_2 = $t(function(r2, e2) {
        return r2 * e2;
      }, 1), e_2 = ru("round"), t_2 = $t(function(r2, e2) {
        return r2 - e2;
      }, 0);
      function n_2(r2) {
        return r2 && r2.length ? kn2(r2, ur) : 0;
      }
      function u_2(r2, e2) {
        return r2 && r2.length ? kn2(r2, w(e2, 2)) : 0;
      }
      return i.after = Oh, i.ary = Po, i.assign = pp, i.assignIn = Jo, i.assignInWith = Qt, i.assignWith = vp, i.at = _p, i.before = Do, i.bind = hu, i.bindAll = bv2, i.bindKey = Fo, i.castArray = Rh, i.chain = Io, i.chunk = Hl, i.compact = Vl, i.concat = Jl, i.cond = wv2, i.conforms = xv2, i.constant = mu, i.countBy = nh, i.create = gp, i.curry = Ro, i.curryRight = $o, i.debounce = Uo, i.defaults = dp, i.defaultsDeep = yp, i.defer = kh, i.delay = Sh, i.difference = Nl, i.differenceBy = Yl, i.differenceWith = Ql, i.drop = Xl, i.dropRight = rs, i.dropRightWhile = es, i.dropWhile = ts, i.fill = ns, i.filter = ih, i.flatMap = fh, i.flatMapDeep = ch, i.flatMapDepth = lh, i.flatten = So, i.flattenDeep = us, i.flattenDepth = is, i.flip = Eh, i.flow = Cv2, i.flowRight = jv2, i.fromPairs = os, i.functions = jp, i.functionsIn = Op, i.groupBy = sh, i.initial = fs, i.intersection = cs, i.intersectionBy = ls, i.intersectionWith = ss, i.invert = Sp, i.invertBy = Ep, i.invokeMap = ph, i.iteratee = bu, i.keyBy = vh, i.keys = G, i.keysIn = nr, i.map = Gt, i.mapKeys = Bp, i.mapValues = Ip, i.matches = Ov2, i.matchesProperty = kv2, i.memoize = Vt, i.merge = Lp, i.mergeWith = No, i.method = Sv2, i.methodOf = Ev2, i.mixin = wu, i.negate = Jt, i.nthArg = Bv2, i.omit = Wp, i.omitBy = Pp, i.once = zh, i.orderBy = _h, i.over = Iv2, i.overArgs = Bh, i.overEvery = Lv2, i.overSome = Wv2, i.partial = pu, i.partialRight = To, i.partition = gh, i.pick = Dp, i.pickBy = Yo, i.property = ua, i.propertyOf = Pv2, i.pull = _s, i.pullAll = zo, i.pullAllBy = gs, i.pullAllWith = ds, i.pullAt = ys, i.range = Dv2, i.rangeRight = Fv2, i.rearg = Ih, i.reject = mh, i.remove = ms, i.rest = Lh, i.reverse = lu, i.sampleSize = wh, i.set = Rp, i.setWith = $p, i.shuffle = xh, i.slice = bs, i.sortBy = jh, i.sortedUniq = ks, i.sortedUniqBy = Ss, i.split = fv2, i.spread = Wh, i.tail = Es, i.take = zs, i.takeRight = Bs, i.takeRightWhile = Is, i.takeWhile = Ls, i.tap = Vs, i.throttle = Ph, i.thru = Zt, i.toArray = Go, i.toPairs = Qo, i.toPairsIn = Xo, i.toPath = qv2, i.toPlainObject = Vo, i.transform = Up, i.unary = Dh, i.union = Ws, i.unionBy = Ps, i.unionWith = Ds, i.uniq = Fs, i.uniqBy = Rs, i.uniqWith = $s, i.unset = Tp, i.unzip = su, i.unzipWith = Bo, i.update = qp, i.updateWith = Kp, i.values = Ie, i.valuesIn = Mp, i.without = Us, i.words = ta, i.wrap = Fh, i.xor = Ts, i.xorBy = qs, i.xorWith = Ks, i.zip = Ms, i.zipObject = Zs, i.zipObjectDeep = Gs, i.zipWith = Hs, i.entries = Qo, i.entriesIn = Xo, i.extend = Jo, i.extendWith = Qt, wu(i, i), i.add = Mv2, i.attempt = na, i.camelCase = Vp, i.capitalize = ra, i.ceil = Zv, i.clamp = Zp, i.clone = $h, i.cloneDeep = Th, i.cloneDeepWith = qh, i.cloneWith = Uh, i.conformsTo = Kh, i.deburr = ea, i.defaultTo = Av2, i.divide = Gv2, i.endsWith = Jp, i.eq = Or, i.escape = Np, i.escapeRegExp = Yp, i.every = uh, i.find = oh, i.findIndex = Oo, i.findKey = mp, i.findLast = ah, i.findLastIndex = ko, i.findLastKey = bp, i.floor = Hv2, i.forEach = Lo, i.forEachRight = Wo, i.forIn = wp, i.forInRight = xp, i.forOwn = Ap, i.forOwnRight = Cp, i.get = gu, i.gt = Mh, i.gte = Zh, i.has = kp, i.hasIn = du, i.head = Eo, i.identity = ur, i.includes = hh, i.indexOf = as, i.inRange = Gp, i.invoke = zp, i.isArguments = he, i.isArray = j, i.isArrayBuffer = Gh, i.isArrayLike = tr, i.isArrayLikeObject = T, i.isBoolean = Hh, i.isBuffer = ee, i.isDate = Vh, i.isElement = Jh, i.isEmpty = Nh, i.isEqual = Yh, i.isEqualWith = Qh, i.isError = vu, i.isFinite = Xh, i.isFunction = qr, i.isInteger = qo, i.isLength = Nt, i.isMap = Ko, i.isMatch = rp, i.isMatchWith = ep, i.isNaN = tp, i.isNative = np, i.isNil = ip, i.isNull = up, i.isNumber = Mo, i.isObject = $, i.isObjectLike = U, i.isPlainObject = et, i.isRegExp = _u, i.isSafeInteger = op, i.isSet = Zo, i.isString = Yt, i.isSymbol = cr, i.isTypedArray = Be, i.isUndefined = ap, i.isWeakMap = fp, i.isWeakSet = cp, i.join = hs, i.kebabCase = Qp, i.last = br, i.lastIndexOf = ps, i.lowerCase = Xp, i.lowerFirst = rv2, i.lt = lp, i.lte = sp, i.max = Vv, i.maxBy = Jv, i.mean = Nv2, i.meanBy = Yv, i.min = Qv2, i.minBy = Xv2, i.stubArray = Au, i.stubFalse = Cu, i.stubObject = Rv2, i.stubString = $v2, i.stubTrue = Uv2, i.multiply = r_2, i.nth = vs, i.noConflict = zv2, i.noop = xu, i.now = Ht, i.pad = ev2, i.padEnd = tv2, i.padStart = nv2, i.parseInt = uv2, i.random = Hp, i.reduce = dh, i.reduceRight = yh, i.repeat = iv2, i.replace = ov2, i.result = Fp, i.round = e_2, i.runInContext = l, i.sample = bh, i.size = Ah, i.snakeCase = av2, i.some = Ch, i.sortedIndex = ws, i.sortedIndexBy = xs, i.sortedIndexOf = As, i.sortedLastIndex = Cs, i.sortedLastIndexBy = js, i.sortedLastIndexOf = Os, i.startCase = cv2, i.startsWith = lv2, i.subtract = t_2, i.sum = n_2, i.sumBy = u_2, i.template = sv2, i.times = Tv2, i.toFinite = Kr, i.toInteger = O, i.toLength = Ho, i.toLower = hv2, i.toNumber = wr2, i.toSafeInteger = hp, i.toString = L, i.toUpper = pv2, i.trim = vv2, i.trimEnd = _v2, i.trimStart = gv2, i.truncate = dv2, i.unescape = yv2, i.uniqueId = Kv2, i.upperCase = mv2, i.upperFirst = yu, i.each = Lo, i.eachRight = Wo, i.first = Eo, wu(i, (function() {
        var r2 = {};
        return Br(i, function(e2, t2) {
          W.call(i.prototype, t2) || (r2[t2] = e2);
        }), r2;
      })(), { chain: false }), i.VERSION = H, _r(["bind", "bindKey", "curry", "curryRight", "partial", "partialRight"], function(r2) {
        i[r2].placeholder = i;
      }), _r(["drop", "take"], function(r2, e2) {
        z2.prototype[r2] = function(t2) {
          t2 = t2 === a ? 1 : M(O(t2), 0);
          var n2 = this.__filtered__ && !e2 ? new z2(this) : this.clone();
          return n2.__filtered__ ? n2.__takeCount__ = N(t2, n2.__takeCount__) : n2.__views__.push({
            size: N(t2, zr),
            type: r2 + (n2.__dir__ < 0 ? "Right" : "")
          }), n2;
        }, z2.prototype[r2 + "Right"] = function(t2) {
          return this.reverse()[r2](t2).reverse();
        };
      }), _r(["filter", "map", "takeWhile"], function(r2, e2) {
        var t2 = e2 + 1, n2 = t2 == ku || t2 == va;
        z2.prototype[r2] = function(u) {
          var o2 = this.clone();
          return o2.__iteratees__.push({
            iteratee: w(u, 3),
            type: t2
          }), o2.__filtered__ = o2.__filtered__ || n2, o2;
        };
      }), _r(["head", "last"], function(r2, e2) {
        var t2 = "take" + (e2 ? "Right" : "");
        z2.prototype[r2] = function() {
          return this[t2](1).value()[0];
        };
      }), _r(["initial", "tail"], function(r2, e2) {
        var t2 = "drop" + (e2 ? "" : "Right");
        z2.prototype[r2] = function() {
          return this.__filtered__ ? new z2(this) : this[t2](1);
        };
      }), z2.prototype.compact = function() {
        return this.filter(ur);
      }, z2.prototype.find = function(r2) {
        return this.filter(r2).head();
      }, z2.prototype.findLast = function(r2) {
        return this.reverse().find(r2);
      }, z2.prototype.invokeMap = S(function(r2, e2) {
        return typeof r2 == "function" ? new z2(this) : this.map(function(t2) {
          return Je(t2, r2, e2);
        });
      }), z2.prototype.reject = function(r2) {
        return this.filter(Jt(w(r2)));
      }, z2.prototype.slice = function(r2, e2) {
        r2 = O(r2);
        var t2 = this;
        return t2.__filtered__ && (r2 > 0 || e2 < 0) ? new z2(t2) : (r2 < 0 ? t2 = t2.takeRight(-r2) : r2 && (t2 = t2.drop(r2)), e2 !== a && (e2 = O(e2), t2 = e2 < 0 ? t2.dropRight(-e2) : t2.take(e2 - r2)), t2);
      }, z2.prototype.takeRightWhile = function(r2) {
        return this.reverse().takeWhile(r2).reverse();
      }, z2.prototype.toArray = function() {
        return this.take(zr);
      }, Br(z2.prototype, function(r2, e2) {
        var t2 = /^(?:filter|find|map|reject)|While$/.test(e2), n2 = /^(?:head|last)$/.test(e2), u = i[n2 ? "take" + (e2 == "last" ? "Right" : "") : e2], o2 = n2 || /^find/.test(e2);
        u && (i.prototype[e2] = function() {
          var f = this.__wrapped__, c = n2 ? [1] : arguments, s = f instanceof z2, v = c[0], _ = s || j(f), g = function(E) {
            var B = u.apply(i, Vr([E], c));
            return n2 && d ? B[0] : B;
          };
          _ && t2 && typeof v == "function" && v.length != 1 && (s = _ = false);
          var d = this.__chain__, m = !!this.__actions__.length, x = o2 && !d, k = s && !m;
          if (!o2 && _) {
            f = k ? f : new z2(this);
            var A = r2.apply(f, c);
            return A.__actions__.push({ func: Zt, args: [g], thisArg: a }), new dr(A, d);
          }
          return x && k ? r2.apply(this, c) : (A = this.thru(g), x ? n2 ? A.value()[0] : A.value() : A);
        });
      }), _r(["pop", "push", "shift", "sort", "splice", "unshift"], function(r2) {
        var e2 = dt[r2], t2 = /^(?:push|sort|unshift)$/.test(r2) ? "tap" : "thru", n2 = /^(?:pop|shift)$/.test(r2);
        i.prototype[r2] = function() {
          var u = arguments;
          if (n2 && !this.__chain__) {
            var o2 = this.value();
            return e2.apply(j(o2) ? o2 : [], u);
          }
          return this[t2](function(f) {
            return e2.apply(j(f) ? f : [], u);
          });
        };
      }), Br(z2.prototype, function(r2, e2) {
        var t2 = i[e2];
        if (t2) {
          var n2 = t2.name + "";
          W.call(Oe, n2) || (Oe[n2] = []), Oe[n2].push({ name: e2, func: t2 });
        }
      }), Oe[Rt2(a, te).name] = [{
        name: "wrapper",
        func: a
      }], z2.prototype.clone = yc, z2.prototype.reverse = mc, z2.prototype.value = bc, i.prototype.at = Js, i.prototype.chain = Ns, i.prototype.commit = Ys, i.prototype.next = Qs, i.prototype.plant = rh, i.prototype.reverse = eh, i.prototype.toJSON = i.prototype.valueOf = i.prototype.value = th, i.prototype.first = i.prototype.head, qe && (i.prototype[qe] = Xs), i;
    }, Ae = Yf();
    ue ? ((ue.exports = Ae)._ = Ae, bn._ = Ae) : V._ = Ae;
  }).call(tt);
})(Xt, Xt.exports);
Xt.exports;
var a_ = class {
  /**
   * Uses information about the user's current browser to determine what features are availble for creating credentials via WebAuthn.
   * @return {Promise<ICreateCredentialFeatures>} The set of features supported by the browser.
   */
  static async createCredentialAvailable() {
    const b = {
      securityKey: false,
      platform: false,
      isAvailable: false
    };
    return window.PublicKeyCredential && (b.securityKey = true, b.isAvailable = true, await o_(
      window.PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable().then((a) => {
        b.platform = a;
      }).catch(() => console.log("Something went wrong.")),
      1e3
    )), b;
  }
  /**
   * Decode public key from base64 encoding to Array buffer encoding.
   * Decodes `publicKey.challenge`, `publicKey.user.id`, and the `id` field from the `publicKey.excludeCredential` list
   * @param {PublicKeyCredentialCreationOptions} publicKey The base64 encoded public key
   * @return {PublicKeyCredentialCreationOptions}
   */
  static parsePublicKey(b) {
    if (b.challenge = nt.decodeBytes(b.challenge.toString()), b.user.id = nt.decodeBytes(b.user.id.toString()), b.excludeCredentials)
      for (let a = 0; a < b.excludeCredentials.length; a++) {
        const H = b.excludeCredentials[a];
        H.id = nt.decodeBytes(H.id.toString());
      }
    return b;
  }
  /**
   * After creating a credential hints about what type of authenticator was used in the creattion of a credential. This information should
   * be stored on the backend and returned in the allowed credentials list for a get credential operation when logging in.
   * Not all browsers support getting Transport information, in that case return value will be an empty array.
   * See more at https://w3c.github.io/webauthn/#enum-transport
   * @param {PublicKeyCredential} credential The crednetial created by navigator.credentials.create
   * @return {Transports[]} The hints about what type of authenticator was used to create a credential.
   */
  static getTransports(b) {
    let a = [];
    return (
      // @ts-ignore
      b.response.getTransports && // @ts-ignore
      typeof b.response.getTransports == "function" && (a = b.response.getTransports()), a
    );
  }
  /**
   * Peforms parsePublicKey, navigator.credentials.create, and getTransports to create a new WebAuthn credential.
   * This function can throw exceptions if the call to navigator.credentials.create times out or the user cancels the operation.
   * @param {PublicKeyCredentialCreationOptions} publicKey The base64 encoded public key
   * @return {Promise<{credential: (PublicKeyCredential | null), transports: Transports[]}>} A promise containing the created credential and
   */
  static async createCredential(b) {
    const a = {
      credential: null,
      transports: []
    }, H = this.parsePublicKey(b), Z = await navigator.credentials.create({
      publicKey: H
    }).then((rn) => rn);
    return Z == null || (a.credential = Z, a.transports = this.getTransports(Z)), a;
  }
};
var f_ = class {
  /**
   * Constructor configuring the CredentialHelper class' attributes
   */
  constructor() {
    this.userAgent = new import_ua_parser_js.default();
  }
  /**
   * Detects if the browser can talk to a cloud-backed credential provider, like iCloud or Google Password Manager
   * @return {boolean}
   */
  getSyncedCredential() {
    return !!(this._isiOSPasskeySupported() || this._isMacPasskeySupported() || this._isChromeSyncedCredential() || this._isFireFoxPasskeySupported());
  }
  /**
   * Determines if the browser is capable of showing a UI to load a credential from another device, usually a QR code
   * @return {boolean}
   */
  getCrossDeviceCredential() {
    return !!(this._isiOSPasskeySupported() || this._isMacPasskeySupported() || this._isChromiumCrossDevice() || this._isFireFoxPasskeySupported());
  }
  /**
   * Detect if Browser is running on iOS16 or greater
   * @return {boolean}
   */
  _isiOSPasskeySupported() {
    return this.userAgent.getOS().name == "iOS" && parseFloat(this.userAgent.getOS().version || "") >= 16;
  }
  /**
   * Detect if Browser is running MacOS and Safari 16 or greater
   * @return {boolean}
   */
  _isMacPasskeySupported() {
    return this.userAgent.getBrowser().name == "Safari" && parseFloat(this.userAgent.getBrowser().version || "") >= 16 && this.userAgent.getOS().name == "Mac OS";
  }
  /**
   * Detect if Browser is running Chrome 108 desktop or greater and can access cloud-synced passkeys
   * @return {boolean}
   */
  _isChromeSyncedCredential() {
    const b = this.userAgent.getOS().name ?? "";
    return (b?.includes("Windows") || b?.includes("Mac OS") || b?.includes("Android")) && this.userAgent.getBrowser().name == "Chrome" && parseFloat(this.userAgent.getBrowser().version || "") >= 108;
  }
  /**
   * Detect if Browser is running Chrome 109 or greater and can generate cross-device QR code
   * @return {boolean}
   */
  _isChromiumCrossDevice() {
    return this.userAgent.getOS().name === "Android" ? false : (
      // Blink is the underlying engine here - important for some non-chrome Chromium browsers, ie Brave
      this.userAgent.getEngine().name == "Blink" && parseFloat(this.userAgent.getBrowser().version || "") >= 109
    );
  }
  /**
   * Detect if Browser is running Firefox 122 or greater; Firefox >= v.122 has support for both cloud-synced passkeys and cross-device passkeys
   * @return {boolean}
   */
  _isFireFoxPasskeySupported() {
    return this.userAgent.getBrowser().name == "Firefox" && parseFloat(this.userAgent.getBrowser().version || "") >= 122;
  }
};
var l_ = class {
  /**
   * Decode public key from base64 encoding to Array buffer encoding.
   * Decodes `publicKey.challenge`, and the `id` field from the `publicKey.allowCredentials` list
   * @param {PublicKeyCredentialRequestOptions} publicKey The base64 encoded public key
   * @return {PublicKeyCredentialRequestOptions}
   */
  static parsePublicKey(b) {
    if (b.challenge = nt.decodeBytes(b.challenge.toString()), b.allowCredentials) {
      for (let a = 0; a < b.allowCredentials.length; a++) {
        const H = b.allowCredentials[a];
        H.id = nt.decodeBytes(H.id.toString());
      }
      return b;
    }
    return b;
  }
  /**
   * Performs parsePublicKey and navigator.credentials.get to get a previously created credential assertion
   * This function can throw exceptions if the call to navigator.credentials.get times out or the user cancels the operation.
   * @param {PublicKeyCredentialRequestOptions} publicKey The base64 encoded public key
   * @param {object} options Additional options to control mediation type and an AbortSignal
   * @return {Promise<(PublicKeyCredential | null)>} The assertion to validate against a WebAuthn finish backend call
   */
  static async getCredential(b, a) {
    return await navigator.credentials.get({
      mediation: a?.mediation,
      signal: a?.signal,
      publicKey: this.parsePublicKey(b)
    }).then((Z) => Z);
  }
  /**
   * Uses information about the user's current browser to determine what features are availble for getting credentials via WebAuthn.
   * @return {Promise<IGetCredentialFeatures>} The set of features supported by the browser.
   */
  static async getCredentialAvailable() {
    const b = {
      securityKey: false,
      platform: false,
      syncedCredential: false,
      crossDeviceCredential: false,
      conditionalUI: false,
      isAvailable: false
    }, a = await a_.createCredentialAvailable();
    if (b.securityKey = a.securityKey, b.platform = a.platform, b.isAvailable = a.isAvailable, !b.securityKey)
      return b;
    const H = await this._getClientCapabalities();
    if (H !== void 0)
      return H;
    b.conditionalUI = await this._isConditionalMediationAvailable();
    const Z = new f_();
    return b.syncedCredential = Z.getSyncedCredential(), b.crossDeviceCredential = Z.getCrossDeviceCredential(), b;
  }
  /**
   * Detects if conditional mediation is supported on this device
   * @return {Promise<boolean>}
   */
  static async _isConditionalMediationAvailable() {
    return PublicKeyCredential.isConditionalMediationAvailable ? await PublicKeyCredential.isConditionalMediationAvailable() : false;
  }
  /**
   * Browsers are starting to implement the ability to get client capabilities without needing to parse user agents.
   * Right now only Safari supports this API but browsers like Chrome and Firefox will support it in the future.
   * @return {Promise<IGetCredentialFeatures | undefined>}
   */
  static async _getClientCapabalities() {
    if (window.PublicKeyCredential) {
      const b = window.PublicKeyCredential;
      if (b.getClientCapabilities) {
        const a = await b.getClientCapabilities();
        return {
          securityKey: true,
          platform: a.userVerifyingPlatformAuthenticator,
          syncedCredential: a.passkeyPlatformAuthenticator,
          crossDeviceCredential: a.hybridTransport,
          conditionalUI: a.conditionalMediation ?? false,
          isAvailable: true
        };
      }
    }
  }
};

// node_modules/jwt-decode/build/jwt-decode.esm.js
function e(e2) {
  this.message = e2;
}
e.prototype = new Error(), e.prototype.name = "InvalidCharacterError";
var r = "undefined" != typeof window && window.atob && window.atob.bind(window) || function(r2) {
  var t2 = String(r2).replace(/=+$/, "");
  if (t2.length % 4 == 1) throw new e("'atob' failed: The string to be decoded is not correctly encoded.");
  for (var n2, o2, a = 0, i = 0, c = ""; o2 = t2.charAt(i++); ~o2 && (n2 = a % 4 ? 64 * n2 + o2 : o2, a++ % 4) ? c += String.fromCharCode(255 & n2 >> (-2 * a & 6)) : 0) o2 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=".indexOf(o2);
  return c;
};
function t(e2) {
  var t2 = e2.replace(/-/g, "+").replace(/_/g, "/");
  switch (t2.length % 4) {
    case 0:
      break;
    case 2:
      t2 += "==";
      break;
    case 3:
      t2 += "=";
      break;
    default:
      throw "Illegal base64url string!";
  }
  try {
    return (function(e3) {
      return decodeURIComponent(r(e3).replace(/(.)/g, (function(e4, r2) {
        var t3 = r2.charCodeAt(0).toString(16).toUpperCase();
        return t3.length < 2 && (t3 = "0" + t3), "%" + t3;
      })));
    })(t2);
  } catch (e3) {
    return r(t2);
  }
}
function n(e2) {
  this.message = e2;
}
function o(e2, r2) {
  if ("string" != typeof e2) throw new n("Invalid token specified");
  var o2 = true === (r2 = r2 || {}).header ? 0 : 1;
  try {
    return JSON.parse(t(e2.split(".")[o2]));
  } catch (e3) {
    throw new n("Invalid token specified: " + e3.message);
  }
}
n.prototype = new Error(), n.prototype.name = "InvalidTokenError";
var jwt_decode_esm_default = o;

// node_modules/async-mutex/index.mjs
var E_TIMEOUT = new Error("timeout while waiting for mutex to become available");
var E_ALREADY_LOCKED = new Error("mutex already locked");
var E_CANCELED = new Error("request for lock canceled");
var __awaiter$2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e2) {
        reject(e2);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e2) {
        reject(e2);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var Semaphore = class {
  constructor(_value, _cancelError = E_CANCELED) {
    this._value = _value;
    this._cancelError = _cancelError;
    this._weightedQueues = [];
    this._weightedWaiters = [];
  }
  acquire(weight = 1) {
    if (weight <= 0)
      throw new Error(`invalid weight ${weight}: must be positive`);
    return new Promise((resolve, reject) => {
      if (!this._weightedQueues[weight - 1])
        this._weightedQueues[weight - 1] = [];
      this._weightedQueues[weight - 1].push({ resolve, reject });
      this._dispatch();
    });
  }
  runExclusive(callback, weight = 1) {
    return __awaiter$2(this, void 0, void 0, function* () {
      const [value, release] = yield this.acquire(weight);
      try {
        return yield callback(value);
      } finally {
        release();
      }
    });
  }
  waitForUnlock(weight = 1) {
    if (weight <= 0)
      throw new Error(`invalid weight ${weight}: must be positive`);
    return new Promise((resolve) => {
      if (!this._weightedWaiters[weight - 1])
        this._weightedWaiters[weight - 1] = [];
      this._weightedWaiters[weight - 1].push(resolve);
      this._dispatch();
    });
  }
  isLocked() {
    return this._value <= 0;
  }
  getValue() {
    return this._value;
  }
  setValue(value) {
    this._value = value;
    this._dispatch();
  }
  release(weight = 1) {
    if (weight <= 0)
      throw new Error(`invalid weight ${weight}: must be positive`);
    this._value += weight;
    this._dispatch();
  }
  cancel() {
    this._weightedQueues.forEach((queue) => queue.forEach((entry) => entry.reject(this._cancelError)));
    this._weightedQueues = [];
  }
  _dispatch() {
    var _a;
    for (let weight = this._value; weight > 0; weight--) {
      const queueEntry = (_a = this._weightedQueues[weight - 1]) === null || _a === void 0 ? void 0 : _a.shift();
      if (!queueEntry)
        continue;
      const previousValue = this._value;
      const previousWeight = weight;
      this._value -= weight;
      weight = this._value + 1;
      queueEntry.resolve([previousValue, this._newReleaser(previousWeight)]);
    }
    this._drainUnlockWaiters();
  }
  _newReleaser(weight) {
    let called = false;
    return () => {
      if (called)
        return;
      called = true;
      this.release(weight);
    };
  }
  _drainUnlockWaiters() {
    for (let weight = this._value; weight > 0; weight--) {
      if (!this._weightedWaiters[weight - 1])
        continue;
      this._weightedWaiters[weight - 1].forEach((waiter) => waiter());
      this._weightedWaiters[weight - 1] = [];
    }
  }
};
var __awaiter$1 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e2) {
        reject(e2);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e2) {
        reject(e2);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var Mutex = class {
  constructor(cancelError) {
    this._semaphore = new Semaphore(1, cancelError);
  }
  acquire() {
    return __awaiter$1(this, void 0, void 0, function* () {
      const [, releaser] = yield this._semaphore.acquire();
      return releaser;
    });
  }
  runExclusive(callback) {
    return this._semaphore.runExclusive(() => callback());
  }
  isLocked() {
    return this._semaphore.isLocked();
  }
  waitForUnlock() {
    return this._semaphore.waitForUnlock();
  }
  release() {
    if (this._semaphore.isLocked())
      this._semaphore.release();
  }
  cancel() {
    return this._semaphore.cancel();
  }
};

// node_modules/serialize-error/error-constructors.js
var list = [
  // Native ES errors https://262.ecma-international.org/12.0/#sec-well-known-intrinsic-objects
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
  // Built-in errors
  globalThis.DOMException,
  // Node-specific errors
  // https://nodejs.org/api/errors.html
  globalThis.AssertionError,
  globalThis.SystemError
].filter(Boolean).map(
  (constructor) => [constructor.name, constructor]
);
var errorConstructors = new Map(list);
var error_constructors_default = errorConstructors;

// node_modules/serialize-error/index.js
var commonProperties = [
  {
    property: "name",
    enumerable: false
  },
  {
    property: "message",
    enumerable: false
  },
  {
    property: "stack",
    enumerable: false
  },
  {
    property: "code",
    enumerable: true
  },
  {
    property: "cause",
    enumerable: false
  }
];
var toJsonWasCalled = /* @__PURE__ */ new WeakSet();
var toJSON = (from) => {
  toJsonWasCalled.add(from);
  const json = from.toJSON();
  toJsonWasCalled.delete(from);
  return json;
};
var getErrorConstructor = (name) => error_constructors_default.get(name) ?? Error;
var destroyCircular = ({
  from,
  seen,
  to,
  forceEnumerable,
  maxDepth,
  depth,
  useToJSON,
  serialize
}) => {
  if (!to) {
    if (Array.isArray(from)) {
      to = [];
    } else if (!serialize && isErrorLike(from)) {
      const Error2 = getErrorConstructor(from.name);
      to = new Error2();
    } else {
      to = {};
    }
  }
  seen.push(from);
  if (depth >= maxDepth) {
    return to;
  }
  if (useToJSON && typeof from.toJSON === "function" && !toJsonWasCalled.has(from)) {
    return toJSON(from);
  }
  const continueDestroyCircular = (value) => destroyCircular({
    from: value,
    seen: [...seen],
    forceEnumerable,
    maxDepth,
    depth,
    useToJSON,
    serialize
  });
  for (const [key, value] of Object.entries(from)) {
    if (value && value instanceof Uint8Array && value.constructor.name === "Buffer") {
      to[key] = "[object Buffer]";
      continue;
    }
    if (value !== null && typeof value === "object" && typeof value.pipe === "function") {
      to[key] = "[object Stream]";
      continue;
    }
    if (typeof value === "function") {
      continue;
    }
    if (!value || typeof value !== "object") {
      try {
        to[key] = value;
      } catch {
      }
      continue;
    }
    if (!seen.includes(from[key])) {
      depth++;
      to[key] = continueDestroyCircular(from[key]);
      continue;
    }
    to[key] = "[Circular]";
  }
  for (const { property, enumerable } of commonProperties) {
    if (typeof from[property] !== "undefined" && from[property] !== null) {
      Object.defineProperty(to, property, {
        value: isErrorLike(from[property]) ? continueDestroyCircular(from[property]) : from[property],
        enumerable: forceEnumerable ? true : enumerable,
        configurable: true,
        writable: true
      });
    }
  }
  return to;
};
function serializeError(value, options = {}) {
  const {
    maxDepth = Number.POSITIVE_INFINITY,
    useToJSON = true
  } = options;
  if (typeof value === "object" && value !== null) {
    return destroyCircular({
      from: value,
      seen: [],
      forceEnumerable: true,
      maxDepth,
      depth: 0,
      useToJSON,
      serialize: true
    });
  }
  if (typeof value === "function") {
    return `[Function: ${value.name || "anonymous"}]`;
  }
  return value;
}
function isErrorLike(value) {
  return Boolean(value) && typeof value === "object" && "name" in value && "message" in value && "stack" in value;
}

// node_modules/@passageidentity/passage-js/dist/index.js
var je = class {
  /**
   * Encode bytes using array buffer
   * @param {ArrayBufferLike} arrayBuffer The array buffer
   * @return {string} Base64 URL string
   */
  static encodeBytes(a) {
    const o2 = btoa(String.fromCharCode(...new Uint8Array(a))).replace(/\+/g, "-").replace(/\//g, "_");
    return Eu(o2);
  }
  /**
   * Decode bytes using a Base64 URL string
   * @param {string} b64URLStr The Base64 URL string
   * @return {Uint8Array} Array buffer
   */
  static decodeBytes(a) {
    const o2 = a.replace(/-/g, "+").replace(/_/g, "/"), l = Eu(o2);
    return Uint8Array.from(atob(l), (f) => f.charCodeAt(0));
  }
};
var Eu = (r2) => {
  const a = r2.indexOf("=");
  return r2.slice(0, a === -1 ? r2.length : a);
};
var Ue = class extends Error {
  /**
   * @param {string} psgErrorResponse a custom Passage error message.
   * @param {RequiredResponse} res response or status and statusText used to generate error.
   */
  constructor(a, o2) {
    super();
    __publicField(this, "statusCode");
    __publicField(this, "statusText");
    __publicField(this, "message");
    __publicField(this, "name");
    this.name = "PassageError", this.statusCode = o2.status, this.statusText = o2.statusText, this.message = this._parsePsgErrorResponse(a);
  }
  /**
   * _parsePsgErrorResponse parses the custom Passage error response message.
   * @param {any} psgErrorResponse the custom Passage error response.
   * @return {string} the Passage error response from server or input string.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  _parsePsgErrorResponse(a) {
    try {
      return a = JSON.parse(a), a.error ? a.error : "";
    } catch {
      return a;
    }
  }
};
var We = /* @__PURE__ */ ((r2) => (r2[r2.MultipleChoice = 300] = "MultipleChoice", r2[r2.MovedPermanantly = 301] = "MovedPermanantly", r2[r2.Found = 302] = "Found", r2[r2.SeeOther = 303] = "SeeOther", r2[r2.NotModified = 304] = "NotModified", r2[r2.TemporaryRedirect = 307] = "TemporaryRedirect", r2[r2.PermanentRedirect = 308] = "PermanentRedirect", r2[r2.BadRequest = 400] = "BadRequest", r2[r2.Unauthorized = 401] = "Unauthorized", r2[r2.PaymentRequired = 402] = "PaymentRequired", r2[r2.Forbidden = 403] = "Forbidden", r2[r2.NotFound = 404] = "NotFound", r2[r2.MethodNotAllowed = 405] = "MethodNotAllowed", r2[r2.NotAcceptable = 406] = "NotAcceptable", r2[r2.ProxyAuthenticationRequired = 407] = "ProxyAuthenticationRequired", r2[r2.RequestTimeout = 408] = "RequestTimeout", r2[r2.Conflict = 409] = "Conflict", r2[r2.Gone = 410] = "Gone", r2[r2.LengthRequired = 411] = "LengthRequired", r2[r2.PreconditionFailed = 412] = "PreconditionFailed", r2[r2.PayloadTooLarge = 413] = "PayloadTooLarge", r2[r2.URITooLong = 414] = "URITooLong", r2[r2.UnsupportedMediaType = 415] = "UnsupportedMediaType", r2[r2.RangeNotSatisfiable = 416] = "RangeNotSatisfiable", r2[r2.ExpectationFailed = 417] = "ExpectationFailed", r2[r2.MisdirectedRequest = 421] = "MisdirectedRequest", r2[r2.UnprocessableEntity = 422] = "UnprocessableEntity", r2[r2.Locked = 423] = "Locked", r2[r2.FailedDependency = 424] = "FailedDependency", r2[r2.TooEarly = 425] = "TooEarly", r2[r2.UpgradeRequired = 426] = "UpgradeRequired", r2[r2.PreconditionRequired = 428] = "PreconditionRequired", r2[r2.TooManyRequests = 429] = "TooManyRequests", r2[r2.RequestHeaderFieldsTooLarge = 431] = "RequestHeaderFieldsTooLarge", r2[r2.UnavailableForLegalReasons = 451] = "UnavailableForLegalReasons", r2[r2.InternalServerError = 500] = "InternalServerError", r2[r2.NotImplemented = 501] = "NotImplemented", r2[r2.BadGateway = 502] = "BadGateway", r2[r2.ServiceUnavailable = 503] = "ServiceUnavailable", r2[r2.GatewayTimeout = 504] = "GatewayTimeout", r2[r2.HTTPVersionNotSupported = 505] = "HTTPVersionNotSupported", r2[r2.VariantAlsoNegotiates = 506] = "VariantAlsoNegotiates", r2[r2.InsufficientStorage = 507] = "InsufficientStorage", r2[r2.LoopDetected = 508] = "LoopDetected", r2[r2.NotExtended = 510] = "NotExtended", r2[r2.NetworkAuthenticationRequired = 511] = "NetworkAuthenticationRequired", r2[r2.PSGCredObjectDoesNotExist = 700] = "PSGCredObjectDoesNotExist", r2[r2.PSGParsePublicKeyForNewDeviceFailed = 701] = "PSGParsePublicKeyForNewDeviceFailed", r2[r2.PSGParsePublicKeyForLoginFailed = 702] = "PSGParsePublicKeyForLoginFailed", r2[r2.PSGCouldNotGetUserCredential = 703] = "PSGCouldNotGetUserCredential", r2[r2.PSGLoginRequired = 704] = "PSGLoginRequired", r2[r2.PSGSecureContextRequired = 705] = "PSGSecureContextRequired", r2[r2.PSGSocialSessionStorageError = 706] = "PSGSocialSessionStorageError", r2[r2.PSGParsePublicKeyForRegistrationFailed = 707] = "PSGParsePublicKeyForRegistrationFailed", r2[r2.PSGCanAuthenticateWithPasskeyFailed = 708] = "PSGCanAuthenticateWithPasskeyFailed", r2[r2.PSGCanRegisterWithPasskeyFailed = 709] = "PSGCanRegisterWithPasskeyFailed", r2[r2.PSGCanUseConditionalMediationFailed = 710] = "PSGCanUseConditionalMediationFailed", r2[r2.PSGAuthOriginConfigurationError = 711] = "PSGAuthOriginConfigurationError", r2[r2.PSGMustRunInBrowserContext = 712] = "PSGMustRunInBrowserContext", r2))(We || {});
var Jg = () => async (r2, a) => {
};
var Vg = () => async (r2, a, ...o2) => o2;
var Zg = () => async (r2, a, o2) => o2.data;
var Yg = () => (r2, a, o2) => {
  throw console.error(o2), o2;
};
var Xg = () => async (r2, a) => {
};
var Qg = () => ({
  onStart: Jg(),
  onBeforeRequest: Vg(),
  onResponseSuccess: Zg(),
  onError: Yg(),
  onFinish: Xg()
});
var e_ = (r2, a, o2, l) => {
  const {
    onStart: f,
    onBeforeRequest: _,
    onResponseSuccess: w,
    onError: S,
    onFinish: X
  } = Qg(), {
    onStart: H = f,
    onBeforeRequest: V = _,
    onResponseSuccess: se = w,
    onError: Qe = S,
    onFinish: Q = X
  } = o2;
  return async (...ae) => {
    H && await H(l, a);
    try {
      let G;
      V ? G = await V(l, a, ...ae) : G = ae;
      const M = await a.apply(r2, G);
      let Z;
      return se ? Z = await se(l, a, M) : Z = M.data, Z;
    } catch (G) {
      throw Qe ? await Qe(l, a, G) : G;
    } finally {
      Q && await Q(l, a);
    }
  };
};
var kn = typeof globalThis < "u" ? globalThis : typeof window < "u" ? window : typeof global < "u" ? global : typeof self < "u" ? self : {};
var wr = { exports: {} };
wr.exports;
(function(r2, a) {
  (function() {
    var o2, l = "4.17.21", f = 200, _ = "Unsupported core-js use. Try https://npms.io/search?q=ponyfill.", w = "Expected a function", S = "Invalid `variable` option passed into `_.template`", X = "__lodash_hash_undefined__", H = 500, V = "__lodash_placeholder__", se = 1, Qe = 2, Q = 4, ae = 1, G = 2, M = 1, Z = 2, It = 4, ce = 8, Fe = 16, Ce = 32, pt = 64, Me = 128, St = 256, Qt = 512, yr = 30, Yu = "...", Xu = 800, Qu = 16, Xa = 1, es = 2, ts = 3, Tt = 1 / 0, dt = 9007199254740991, ns = 17976931348623157e292, In = NaN, Je = 4294967295, rs = Je - 1, as = Je >>> 1, is = [
      ["ary", Me],
      ["bind", M],
      ["bindKey", Z],
      ["curry", ce],
      ["curryRight", Fe],
      ["flip", Qt],
      ["partial", Ce],
      ["partialRight", pt],
      ["rearg", St]
    ], jt = "[object Arguments]", Sn = "[object Array]", os = "[object AsyncFunction]", en = "[object Boolean]", tn = "[object Date]", us = "[object DOMException]", Tn = "[object Error]", Cn = "[object Function]", Qa = "[object GeneratorFunction]", Be = "[object Map]", nn = "[object Number]", ss = "[object Null]", et = "[object Object]", ei = "[object Promise]", cs = "[object Proxy]", rn = "[object RegExp]", Ne = "[object Set]", an = "[object String]", An = "[object Symbol]", ls = "[object Undefined]", on = "[object WeakMap]", ps = "[object WeakSet]", un = "[object ArrayBuffer]", Ut = "[object DataView]", mr = "[object Float32Array]", br = "[object Float64Array]", Rr = "[object Int8Array]", kr = "[object Int16Array]", Ir = "[object Int32Array]", Sr = "[object Uint8Array]", Tr = "[object Uint8ClampedArray]", Cr = "[object Uint16Array]", Ar = "[object Uint32Array]", ds = /\b__p \+= '';/g, fs = /\b(__p \+=) '' \+/g, hs = /(__e\(.*?\)|\b__t\)) \+\n'';/g, ti = /&(?:amp|lt|gt|quot|#39);/g, ni = /[&<>"']/g, gs = RegExp(ti.source), _s = RegExp(ni.source), ws = /<%-([\s\S]+?)%>/g, vs = /<%([\s\S]+?)%>/g, ri = /<%=([\s\S]+?)%>/g, ys = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/, ms = /^\w*$/, bs = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g, qr = /[\\^$.*+?()[\]{}|]/g, Rs = RegExp(qr.source), Pr = /^\s+/, ks = /\s/, Is = /\{(?:\n\/\* \[wrapped with .+\] \*\/)?\n?/, Ss = /\{\n\/\* \[wrapped with (.+)\] \*/, Ts = /,? & /, Cs = /[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g, As = /[()=,{}\[\]\/\s]/, qs = /\\(\\)?/g, Ps = /\$\{([^\\}]*(?:\\.[^\\}]*)*)\}/g, ai = /\w*$/, xs = /^[-+]0x[0-9a-f]+$/i, Es = /^0b[01]+$/i, Os = /^\[object .+?Constructor\]$/, Ls = /^0o[0-7]+$/i, Ds = /^(?:0|[1-9]\d*)$/, js = /[\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u017f]/g, qn = /($^)/, Us = /['\n\r\u2028\u2029\\]/g, Pn = "\\ud800-\\udfff", Ws = "\\u0300-\\u036f", Fs = "\\ufe20-\\ufe2f", Ms = "\\u20d0-\\u20ff", ii = Ws + Fs + Ms, oi = "\\u2700-\\u27bf", ui = "a-z\\xdf-\\xf6\\xf8-\\xff", Bs = "\\xac\\xb1\\xd7\\xf7", Ns = "\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf", zs = "\\u2000-\\u206f", Gs = " \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000", si = "A-Z\\xc0-\\xd6\\xd8-\\xde", ci = "\\ufe0e\\ufe0f", li = Bs + Ns + zs + Gs, xr = "['\u2019]", $s = "[" + Pn + "]", pi = "[" + li + "]", xn = "[" + ii + "]", di = "\\d+", Ks = "[" + oi + "]", fi = "[" + ui + "]", hi = "[^" + Pn + li + di + oi + ui + si + "]", Er = "\\ud83c[\\udffb-\\udfff]", Hs = "(?:" + xn + "|" + Er + ")", gi = "[^" + Pn + "]", Or = "(?:\\ud83c[\\udde6-\\uddff]){2}", Lr = "[\\ud800-\\udbff][\\udc00-\\udfff]", Wt = "[" + si + "]", _i = "\\u200d", wi = "(?:" + fi + "|" + hi + ")", Js = "(?:" + Wt + "|" + hi + ")", vi = "(?:" + xr + "(?:d|ll|m|re|s|t|ve))?", yi = "(?:" + xr + "(?:D|LL|M|RE|S|T|VE))?", mi = Hs + "?", bi = "[" + ci + "]?", Vs = "(?:" + _i + "(?:" + [gi, Or, Lr].join("|") + ")" + bi + mi + ")*", Zs = "\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])", Ys = "\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])", Ri = bi + mi + Vs, Xs = "(?:" + [Ks, Or, Lr].join("|") + ")" + Ri, Qs = "(?:" + [gi + xn + "?", xn, Or, Lr, $s].join("|") + ")", ec = RegExp(xr, "g"), tc = RegExp(xn, "g"), Dr = RegExp(Er + "(?=" + Er + ")|" + Qs + Ri, "g"), nc = RegExp([
      Wt + "?" + fi + "+" + vi + "(?=" + [pi, Wt, "$"].join("|") + ")",
      Js + "+" + yi + "(?=" + [pi, Wt + wi, "$"].join("|") + ")",
      Wt + "?" + wi + "+" + vi,
      Wt + "+" + yi,
      Ys,
      Zs,
      di,
      Xs
    ].join("|"), "g"), rc = RegExp("[" + _i + Pn + ii + ci + "]"), ac = /[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]/, ic = [
      "Array",
      "Buffer",
      "DataView",
      "Date",
      "Error",
      "Float32Array",
      "Float64Array",
      "Function",
      "Int8Array",
      "Int16Array",
      "Int32Array",
      "Map",
      "Math",
      "Object",
      "Promise",
      "RegExp",
      "Set",
      "String",
      "Symbol",
      "TypeError",
      "Uint8Array",
      "Uint8ClampedArray",
      "Uint16Array",
      "Uint32Array",
      "WeakMap",
      "_",
      "clearTimeout",
      "isFinite",
      "parseInt",
      "setTimeout"
    ], oc = -1, J = {};
    J[mr] = J[br] = J[Rr] = J[kr] = J[Ir] = J[Sr] = J[Tr] = J[Cr] = J[Ar] = true, J[jt] = J[Sn] = J[un] = J[en] = J[Ut] = J[tn] = J[Tn] = J[Cn] = J[Be] = J[nn] = J[et] = J[rn] = J[Ne] = J[an] = J[on] = false;
    var K = {};
    K[jt] = K[Sn] = K[un] = K[Ut] = K[en] = K[tn] = K[mr] = K[br] = K[Rr] = K[kr] = K[Ir] = K[Be] = K[nn] = K[et] = K[rn] = K[Ne] = K[an] = K[An] = K[Sr] = K[Tr] = K[Cr] = K[Ar] = true, K[Tn] = K[Cn] = K[on] = false;
    var uc = {
      // Latin-1 Supplement block.
      \u00C0: "A",
      \u00C1: "A",
      \u00C2: "A",
      \u00C3: "A",
      \u00C4: "A",
      \u00C5: "A",
      \u00E0: "a",
      \u00E1: "a",
      \u00E2: "a",
      \u00E3: "a",
      \u00E4: "a",
      \u00E5: "a",
      \u00C7: "C",
      \u00E7: "c",
      \u00D0: "D",
      \u00F0: "d",
      \u00C8: "E",
      \u00C9: "E",
      \u00CA: "E",
      \u00CB: "E",
      \u00E8: "e",
      \u00E9: "e",
      \u00EA: "e",
      \u00EB: "e",
      \u00CC: "I",
      \u00CD: "I",
      \u00CE: "I",
      \u00CF: "I",
      \u00EC: "i",
      \u00ED: "i",
      \u00EE: "i",
      \u00EF: "i",
      \u00D1: "N",
      \u00F1: "n",
      \u00D2: "O",
      \u00D3: "O",
      \u00D4: "O",
      \u00D5: "O",
      \u00D6: "O",
      \u00D8: "O",
      \u00F2: "o",
      \u00F3: "o",
      \u00F4: "o",
      \u00F5: "o",
      \u00F6: "o",
      \u00F8: "o",
      \u00D9: "U",
      \u00DA: "U",
      \u00DB: "U",
      \u00DC: "U",
      \u00F9: "u",
      \u00FA: "u",
      \u00FB: "u",
      \u00FC: "u",
      \u00DD: "Y",
      \u00FD: "y",
      \u00FF: "y",
      \u00C6: "Ae",
      \u00E6: "ae",
      \u00DE: "Th",
      \u00FE: "th",
      \u00DF: "ss",
      // Latin Extended-A block.
      \u0100: "A",
      \u0102: "A",
      \u0104: "A",
      \u0101: "a",
      \u0103: "a",
      \u0105: "a",
      \u0106: "C",
      \u0108: "C",
      \u010A: "C",
      \u010C: "C",
      \u0107: "c",
      \u0109: "c",
      \u010B: "c",
      \u010D: "c",
      \u010E: "D",
      \u0110: "D",
      \u010F: "d",
      \u0111: "d",
      \u0112: "E",
      \u0114: "E",
      \u0116: "E",
      \u0118: "E",
      \u011A: "E",
      \u0113: "e",
      \u0115: "e",
      \u0117: "e",
      \u0119: "e",
      \u011B: "e",
      \u011C: "G",
      \u011E: "G",
      \u0120: "G",
      \u0122: "G",
      \u011D: "g",
      \u011F: "g",
      \u0121: "g",
      \u0123: "g",
      \u0124: "H",
      \u0126: "H",
      \u0125: "h",
      \u0127: "h",
      \u0128: "I",
      \u012A: "I",
      \u012C: "I",
      \u012E: "I",
      \u0130: "I",
      \u0129: "i",
      \u012B: "i",
      \u012D: "i",
      \u012F: "i",
      \u0131: "i",
      \u0134: "J",
      \u0135: "j",
      \u0136: "K",
      \u0137: "k",
      \u0138: "k",
      \u0139: "L",
      \u013B: "L",
      \u013D: "L",
      \u013F: "L",
      \u0141: "L",
      \u013A: "l",
      \u013C: "l",
      \u013E: "l",
      \u0140: "l",
      \u0142: "l",
      \u0143: "N",
      \u0145: "N",
      \u0147: "N",
      \u014A: "N",
      \u0144: "n",
      \u0146: "n",
      \u0148: "n",
      \u014B: "n",
      \u014C: "O",
      \u014E: "O",
      \u0150: "O",
      \u014D: "o",
      \u014F: "o",
      \u0151: "o",
      \u0154: "R",
      \u0156: "R",
      \u0158: "R",
      \u0155: "r",
      \u0157: "r",
      \u0159: "r",
      \u015A: "S",
      \u015C: "S",
      \u015E: "S",
      \u0160: "S",
      \u015B: "s",
      \u015D: "s",
      \u015F: "s",
      \u0161: "s",
      \u0162: "T",
      \u0164: "T",
      \u0166: "T",
      \u0163: "t",
      \u0165: "t",
      \u0167: "t",
      \u0168: "U",
      \u016A: "U",
      \u016C: "U",
      \u016E: "U",
      \u0170: "U",
      \u0172: "U",
      \u0169: "u",
      \u016B: "u",
      \u016D: "u",
      \u016F: "u",
      \u0171: "u",
      \u0173: "u",
      \u0174: "W",
      \u0175: "w",
      \u0176: "Y",
      \u0177: "y",
      \u0178: "Y",
      \u0179: "Z",
      \u017B: "Z",
      \u017D: "Z",
      \u017A: "z",
      \u017C: "z",
      \u017E: "z",
      \u0132: "IJ",
      \u0133: "ij",
      \u0152: "Oe",
      \u0153: "oe",
      \u0149: "'n",
      \u017F: "s"
    }, sc = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#39;"
    }, cc = {
      "&amp;": "&",
      "&lt;": "<",
      "&gt;": ">",
      "&quot;": '"',
      "&#39;": "'"
    }, lc = {
      "\\": "\\",
      "'": "'",
      "\n": "n",
      "\r": "r",
      "\u2028": "u2028",
      "\u2029": "u2029"
    }, pc = parseFloat, dc = parseInt, ki = typeof kn == "object" && kn && kn.Object === Object && kn, fc = typeof self == "object" && self && self.Object === Object && self, le = ki || fc || Function("return this")(), jr = a && !a.nodeType && a, Ct = jr && true && r2 && !r2.nodeType && r2, Ii = Ct && Ct.exports === jr, Ur = Ii && ki.process, Ae = (function() {
      try {
        var h = Ct && Ct.require && Ct.require("util").types;
        return h || Ur && Ur.binding && Ur.binding("util");
      } catch {
      }
    })(), Si = Ae && Ae.isArrayBuffer, Ti = Ae && Ae.isDate, Ci = Ae && Ae.isMap, Ai = Ae && Ae.isRegExp, qi = Ae && Ae.isSet, Pi = Ae && Ae.isTypedArray;
    function be(h, y, v) {
      switch (v.length) {
        case 0:
          return h.call(y);
        case 1:
          return h.call(y, v[0]);
        case 2:
          return h.call(y, v[0], v[1]);
        case 3:
          return h.call(y, v[0], v[1], v[2]);
      }
      return h.apply(y, v);
    }
    function hc(h, y, v, T) {
      for (var x = -1, F = h == null ? 0 : h.length; ++x < F; ) {
        var ie = h[x];
        y(T, ie, v(ie), h);
      }
      return T;
    }
    function qe(h, y) {
      for (var v = -1, T = h == null ? 0 : h.length; ++v < T && y(h[v], v, h) !== false; )
        ;
      return h;
    }
    function gc(h, y) {
      for (var v = h == null ? 0 : h.length; v-- && y(h[v], v, h) !== false; )
        ;
      return h;
    }
    function xi(h, y) {
      for (var v = -1, T = h == null ? 0 : h.length; ++v < T; )
        if (!y(h[v], v, h))
          return false;
      return true;
    }
    function ft(h, y) {
      for (var v = -1, T = h == null ? 0 : h.length, x = 0, F = []; ++v < T; ) {
        var ie = h[v];
        y(ie, v, h) && (F[x++] = ie);
      }
      return F;
    }
    function En(h, y) {
      var v = h == null ? 0 : h.length;
      return !!v && Ft(h, y, 0) > -1;
    }
    function Wr(h, y, v) {
      for (var T = -1, x = h == null ? 0 : h.length; ++T < x; )
        if (v(y, h[T]))
          return true;
      return false;
    }
    function Y(h, y) {
      for (var v = -1, T = h == null ? 0 : h.length, x = Array(T); ++v < T; )
        x[v] = y(h[v], v, h);
      return x;
    }
    function ht(h, y) {
      for (var v = -1, T = y.length, x = h.length; ++v < T; )
        h[x + v] = y[v];
      return h;
    }
    function Fr(h, y, v, T) {
      var x = -1, F = h == null ? 0 : h.length;
      for (T && F && (v = h[++x]); ++x < F; )
        v = y(v, h[x], x, h);
      return v;
    }
    function _c(h, y, v, T) {
      var x = h == null ? 0 : h.length;
      for (T && x && (v = h[--x]); x--; )
        v = y(v, h[x], x, h);
      return v;
    }
    function Mr(h, y) {
      for (var v = -1, T = h == null ? 0 : h.length; ++v < T; )
        if (y(h[v], v, h))
          return true;
      return false;
    }
    var wc = Br("length");
    function vc(h) {
      return h.split("");
    }
    function yc(h) {
      return h.match(Cs) || [];
    }
    function Ei(h, y, v) {
      var T;
      return v(h, function(x, F, ie) {
        if (y(x, F, ie))
          return T = F, false;
      }), T;
    }
    function On(h, y, v, T) {
      for (var x = h.length, F = v + (T ? 1 : -1); T ? F-- : ++F < x; )
        if (y(h[F], F, h))
          return F;
      return -1;
    }
    function Ft(h, y, v) {
      return y === y ? xc(h, y, v) : On(h, Oi, v);
    }
    function mc(h, y, v, T) {
      for (var x = v - 1, F = h.length; ++x < F; )
        if (T(h[x], y))
          return x;
      return -1;
    }
    function Oi(h) {
      return h !== h;
    }
    function Li(h, y) {
      var v = h == null ? 0 : h.length;
      return v ? zr(h, y) / v : In;
    }
    function Br(h) {
      return function(y) {
        return y == null ? o2 : y[h];
      };
    }
    function Nr(h) {
      return function(y) {
        return h == null ? o2 : h[y];
      };
    }
    function Di(h, y, v, T, x) {
      return x(h, function(F, ie, $) {
        v = T ? (T = false, F) : y(v, F, ie, $);
      }), v;
    }
    function bc(h, y) {
      var v = h.length;
      for (h.sort(y); v--; )
        h[v] = h[v].value;
      return h;
    }
    function zr(h, y) {
      for (var v, T = -1, x = h.length; ++T < x; ) {
        var F = y(h[T]);
        F !== o2 && (v = v === o2 ? F : v + F);
      }
      return v;
    }
    function Gr(h, y) {
      for (var v = -1, T = Array(h); ++v < h; )
        T[v] = y(v);
      return T;
    }
    function Rc(h, y) {
      return Y(y, function(v) {
        return [v, h[v]];
      });
    }
    function ji(h) {
      return h && h.slice(0, Mi(h) + 1).replace(Pr, "");
    }
    function Re(h) {
      return function(y) {
        return h(y);
      };
    }
    function $r(h, y) {
      return Y(y, function(v) {
        return h[v];
      });
    }
    function sn(h, y) {
      return h.has(y);
    }
    function Ui(h, y) {
      for (var v = -1, T = h.length; ++v < T && Ft(y, h[v], 0) > -1; )
        ;
      return v;
    }
    function Wi(h, y) {
      for (var v = h.length; v-- && Ft(y, h[v], 0) > -1; )
        ;
      return v;
    }
    function kc(h, y) {
      for (var v = h.length, T = 0; v--; )
        h[v] === y && ++T;
      return T;
    }
    var Ic = Nr(uc), Sc = Nr(sc);
    function Tc(h) {
      return "\\" + lc[h];
    }
    function Cc(h, y) {
      return h == null ? o2 : h[y];
    }
    function Mt(h) {
      return rc.test(h);
    }
    function Ac(h) {
      return ac.test(h);
    }
    function qc(h) {
      for (var y, v = []; !(y = h.next()).done; )
        v.push(y.value);
      return v;
    }
    function Kr(h) {
      var y = -1, v = Array(h.size);
      return h.forEach(function(T, x) {
        v[++y] = [x, T];
      }), v;
    }
    function Fi(h, y) {
      return function(v) {
        return h(y(v));
      };
    }
    function gt(h, y) {
      for (var v = -1, T = h.length, x = 0, F = []; ++v < T; ) {
        var ie = h[v];
        (ie === y || ie === V) && (h[v] = V, F[x++] = v);
      }
      return F;
    }
    function Ln(h) {
      var y = -1, v = Array(h.size);
      return h.forEach(function(T) {
        v[++y] = T;
      }), v;
    }
    function Pc(h) {
      var y = -1, v = Array(h.size);
      return h.forEach(function(T) {
        v[++y] = [T, T];
      }), v;
    }
    function xc(h, y, v) {
      for (var T = v - 1, x = h.length; ++T < x; )
        if (h[T] === y)
          return T;
      return -1;
    }
    function Ec(h, y, v) {
      for (var T = v + 1; T--; )
        if (h[T] === y)
          return T;
      return T;
    }
    function Bt(h) {
      return Mt(h) ? Lc(h) : wc(h);
    }
    function ze(h) {
      return Mt(h) ? Dc(h) : vc(h);
    }
    function Mi(h) {
      for (var y = h.length; y-- && ks.test(h.charAt(y)); )
        ;
      return y;
    }
    var Oc = Nr(cc);
    function Lc(h) {
      for (var y = Dr.lastIndex = 0; Dr.test(h); )
        ++y;
      return y;
    }
    function Dc(h) {
      return h.match(Dr) || [];
    }
    function jc(h) {
      return h.match(nc) || [];
    }
    var Uc = function h(y) {
      y = y == null ? le : Nt.defaults(le.Object(), y, Nt.pick(le, ic));
      var v = y.Array, T = y.Date, x = y.Error, F = y.Function, ie = y.Math, $ = y.Object, Hr = y.RegExp, Wc = y.String, Pe = y.TypeError, Dn = v.prototype, Fc = F.prototype, zt = $.prototype, jn = y["__core-js_shared__"], Un = Fc.toString, N = zt.hasOwnProperty, Mc = 0, Bi = (function() {
        var e2 = /[^.]+$/.exec(jn && jn.keys && jn.keys.IE_PROTO || "");
        return e2 ? "Symbol(src)_1." + e2 : "";
      })(), Wn = zt.toString, Bc = Un.call($), Nc = le._, zc = Hr(
        "^" + Un.call(N).replace(qr, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
      ), Fn = Ii ? y.Buffer : o2, _t = y.Symbol, Mn = y.Uint8Array, Ni = Fn ? Fn.allocUnsafe : o2, Bn = Fi($.getPrototypeOf, $), zi = $.create, Gi = zt.propertyIsEnumerable, Nn = Dn.splice, $i = _t ? _t.isConcatSpreadable : o2, cn = _t ? _t.iterator : o2, At = _t ? _t.toStringTag : o2, zn = (function() {
        try {
          var e2 = Ot($, "defineProperty");
          return e2({}, "", {}), e2;
        } catch {
        }
      })(), Gc = y.clearTimeout !== le.clearTimeout && y.clearTimeout, $c = T && T.now !== le.Date.now && T.now, Kc = y.setTimeout !== le.setTimeout && y.setTimeout, Gn = ie.ceil, $n = ie.floor, Jr = $.getOwnPropertySymbols, Hc = Fn ? Fn.isBuffer : o2, Ki = y.isFinite, Jc = Dn.join, Vc = Fi($.keys, $), oe = ie.max, de = ie.min, Zc = T.now, Yc = y.parseInt, Hi = ie.random, Xc = Dn.reverse, Vr = Ot(y, "DataView"), ln = Ot(y, "Map"), Zr = Ot(y, "Promise"), Gt = Ot(y, "Set"), pn = Ot(y, "WeakMap"), dn = Ot($, "create"), Kn = pn && new pn(), $t = {}, Qc = Lt(Vr), el = Lt(ln), tl = Lt(Zr), nl = Lt(Gt), rl = Lt(pn), Hn = _t ? _t.prototype : o2, fn = Hn ? Hn.valueOf : o2, Ji = Hn ? Hn.toString : o2;
      function s(e2) {
        if (te(e2) && !E(e2) && !(e2 instanceof U)) {
          if (e2 instanceof xe)
            return e2;
          if (N.call(e2, "__wrapped__"))
            return Zo(e2);
        }
        return new xe(e2);
      }
      var Kt = /* @__PURE__ */ (function() {
        function e2() {
        }
        return function(t2) {
          if (!ee(t2))
            return {};
          if (zi)
            return zi(t2);
          e2.prototype = t2;
          var n2 = new e2();
          return e2.prototype = o2, n2;
        };
      })();
      function Jn() {
      }
      function xe(e2, t2) {
        this.__wrapped__ = e2, this.__actions__ = [], this.__chain__ = !!t2, this.__index__ = 0, this.__values__ = o2;
      }
      s.templateSettings = {
        /**
         * Used to detect `data` property values to be HTML-escaped.
         *
         * @memberOf _.templateSettings
         * @type {RegExp}
         */
        escape: ws,
        /**
         * Used to detect code to be evaluated.
         *
         * @memberOf _.templateSettings
         * @type {RegExp}
         */
        evaluate: vs,
        /**
         * Used to detect `data` property values to inject.
         *
         * @memberOf _.templateSettings
         * @type {RegExp}
         */
        interpolate: ri,
        /**
         * Used to reference the data object in the template text.
         *
         * @memberOf _.templateSettings
         * @type {string}
         */
        variable: "",
        /**
         * Used to import variables into the compiled template.
         *
         * @memberOf _.templateSettings
         * @type {Object}
         */
        imports: {
          /**
           * A reference to the `lodash` function.
           *
           * @memberOf _.templateSettings.imports
           * @type {Function}
           */
          _: s
        }
      }, s.prototype = Jn.prototype, s.prototype.constructor = s, xe.prototype = Kt(Jn.prototype), xe.prototype.constructor = xe;
      function U(e2) {
        this.__wrapped__ = e2, this.__actions__ = [], this.__dir__ = 1, this.__filtered__ = false, this.__iteratees__ = [], this.__takeCount__ = Je, this.__views__ = [];
      }
      function al() {
        var e2 = new U(this.__wrapped__);
        return e2.__actions__ = we(this.__actions__), e2.__dir__ = this.__dir__, e2.__filtered__ = this.__filtered__, e2.__iteratees__ = we(this.__iteratees__), e2.__takeCount__ = this.__takeCount__, e2.__views__ = we(this.__views__), e2;
      }
      function il() {
        if (this.__filtered__) {
          var e2 = new U(this);
          e2.__dir__ = -1, e2.__filtered__ = true;
        } else
          e2 = this.clone(), e2.__dir__ *= -1;
        return e2;
      }
      function ol() {
        var e2 = this.__wrapped__.value(), t2 = this.__dir__, n2 = E(e2), i = t2 < 0, u = n2 ? e2.length : 0, c = vp(0, u, this.__views__), p = c.start, d = c.end, g = d - p, m = i ? d : p - 1, b = this.__iteratees__, R = b.length, k = 0, C = de(g, this.__takeCount__);
        if (!n2 || !i && u == g && C == g)
          return yo(e2, this.__actions__);
        var q = [];
        e:
          for (; g-- && k < C; ) {
            m += t2;
            for (var L = -1, P = e2[m]; ++L < R; ) {
              var j = b[L], W = j.iteratee, Se = j.type, _e = W(P);
              if (Se == es)
                P = _e;
              else if (!_e) {
                if (Se == Xa)
                  continue e;
                break e;
              }
            }
            q[k++] = P;
          }
        return q;
      }
      U.prototype = Kt(Jn.prototype), U.prototype.constructor = U;
      function qt(e2) {
        var t2 = -1, n2 = e2 == null ? 0 : e2.length;
        for (this.clear(); ++t2 < n2; ) {
          var i = e2[t2];
          this.set(i[0], i[1]);
        }
      }
      function ul() {
        this.__data__ = dn ? dn(null) : {}, this.size = 0;
      }
      function sl(e2) {
        var t2 = this.has(e2) && delete this.__data__[e2];
        return this.size -= t2 ? 1 : 0, t2;
      }
      function cl(e2) {
        var t2 = this.__data__;
        if (dn) {
          var n2 = t2[e2];
          return n2 === X ? o2 : n2;
        }
        return N.call(t2, e2) ? t2[e2] : o2;
      }
      function ll(e2) {
        var t2 = this.__data__;
        return dn ? t2[e2] !== o2 : N.call(t2, e2);
      }
      function pl(e2, t2) {
        var n2 = this.__data__;
        return this.size += this.has(e2) ? 0 : 1, n2[e2] = dn && t2 === o2 ? X : t2, this;
      }
      qt.prototype.clear = ul, qt.prototype.delete = sl, qt.prototype.get = cl, qt.prototype.has = ll, qt.prototype.set = pl;
      function tt2(e2) {
        var t2 = -1, n2 = e2 == null ? 0 : e2.length;
        for (this.clear(); ++t2 < n2; ) {
          var i = e2[t2];
          this.set(i[0], i[1]);
        }
      }
      function dl() {
        this.__data__ = [], this.size = 0;
      }
      function fl(e2) {
        var t2 = this.__data__, n2 = Vn(t2, e2);
        if (n2 < 0)
          return false;
        var i = t2.length - 1;
        return n2 == i ? t2.pop() : Nn.call(t2, n2, 1), --this.size, true;
      }
      function hl(e2) {
        var t2 = this.__data__, n2 = Vn(t2, e2);
        return n2 < 0 ? o2 : t2[n2][1];
      }
      function gl(e2) {
        return Vn(this.__data__, e2) > -1;
      }
      function _l(e2, t2) {
        var n2 = this.__data__, i = Vn(n2, e2);
        return i < 0 ? (++this.size, n2.push([e2, t2])) : n2[i][1] = t2, this;
      }
      tt2.prototype.clear = dl, tt2.prototype.delete = fl, tt2.prototype.get = hl, tt2.prototype.has = gl, tt2.prototype.set = _l;
      function nt2(e2) {
        var t2 = -1, n2 = e2 == null ? 0 : e2.length;
        for (this.clear(); ++t2 < n2; ) {
          var i = e2[t2];
          this.set(i[0], i[1]);
        }
      }
      function wl() {
        this.size = 0, this.__data__ = {
          hash: new qt(),
          map: new (ln || tt2)(),
          string: new qt()
        };
      }
      function vl(e2) {
        var t2 = ur(this, e2).delete(e2);
        return this.size -= t2 ? 1 : 0, t2;
      }
      function yl(e2) {
        return ur(this, e2).get(e2);
      }
      function ml(e2) {
        return ur(this, e2).has(e2);
      }
      function bl(e2, t2) {
        var n2 = ur(this, e2), i = n2.size;
        return n2.set(e2, t2), this.size += n2.size == i ? 0 : 1, this;
      }
      nt2.prototype.clear = wl, nt2.prototype.delete = vl, nt2.prototype.get = yl, nt2.prototype.has = ml, nt2.prototype.set = bl;
      function Pt(e2) {
        var t2 = -1, n2 = e2 == null ? 0 : e2.length;
        for (this.__data__ = new nt2(); ++t2 < n2; )
          this.add(e2[t2]);
      }
      function Rl(e2) {
        return this.__data__.set(e2, X), this;
      }
      function kl(e2) {
        return this.__data__.has(e2);
      }
      Pt.prototype.add = Pt.prototype.push = Rl, Pt.prototype.has = kl;
      function Ge(e2) {
        var t2 = this.__data__ = new tt2(e2);
        this.size = t2.size;
      }
      function Il() {
        this.__data__ = new tt2(), this.size = 0;
      }
      function Sl(e2) {
        var t2 = this.__data__, n2 = t2.delete(e2);
        return this.size = t2.size, n2;
      }
      function Tl(e2) {
        return this.__data__.get(e2);
      }
      function Cl(e2) {
        return this.__data__.has(e2);
      }
      function Al(e2, t2) {
        var n2 = this.__data__;
        if (n2 instanceof tt2) {
          var i = n2.__data__;
          if (!ln || i.length < f - 1)
            return i.push([e2, t2]), this.size = ++n2.size, this;
          n2 = this.__data__ = new nt2(i);
        }
        return n2.set(e2, t2), this.size = n2.size, this;
      }
      Ge.prototype.clear = Il, Ge.prototype.delete = Sl, Ge.prototype.get = Tl, Ge.prototype.has = Cl, Ge.prototype.set = Al;
      function Vi(e2, t2) {
        var n2 = E(e2), i = !n2 && Dt(e2), u = !n2 && !i && bt(e2), c = !n2 && !i && !u && Zt(e2), p = n2 || i || u || c, d = p ? Gr(e2.length, Wc) : [], g = d.length;
        for (var m in e2)
          (t2 || N.call(e2, m)) && !(p && // Safari 9 has enumerable `arguments.length` in strict mode.
          (m == "length" || // Node.js 0.10 has enumerable non-index properties on buffers.
          u && (m == "offset" || m == "parent") || // PhantomJS 2 has enumerable non-index properties on typed arrays.
          c && (m == "buffer" || m == "byteLength" || m == "byteOffset") || // Skip index properties.
          ot(m, g))) && d.push(m);
        return d;
      }
      function Zi(e2) {
        var t2 = e2.length;
        return t2 ? e2[ua(0, t2 - 1)] : o2;
      }
      function ql(e2, t2) {
        return sr(we(e2), xt(t2, 0, e2.length));
      }
      function Pl(e2) {
        return sr(we(e2));
      }
      function Yr(e2, t2, n2) {
        (n2 !== o2 && !$e(e2[t2], n2) || n2 === o2 && !(t2 in e2)) && rt(e2, t2, n2);
      }
      function hn(e2, t2, n2) {
        var i = e2[t2];
        (!(N.call(e2, t2) && $e(i, n2)) || n2 === o2 && !(t2 in e2)) && rt(e2, t2, n2);
      }
      function Vn(e2, t2) {
        for (var n2 = e2.length; n2--; )
          if ($e(e2[n2][0], t2))
            return n2;
        return -1;
      }
      function xl(e2, t2, n2, i) {
        return wt(e2, function(u, c, p) {
          t2(i, u, n2(u), p);
        }), i;
      }
      function Yi(e2, t2) {
        return e2 && Ze(t2, ue(t2), e2);
      }
      function El(e2, t2) {
        return e2 && Ze(t2, ye(t2), e2);
      }
      function rt(e2, t2, n2) {
        t2 == "__proto__" && zn ? zn(e2, t2, {
          configurable: true,
          enumerable: true,
          value: n2,
          writable: true
        }) : e2[t2] = n2;
      }
      function Xr(e2, t2) {
        for (var n2 = -1, i = t2.length, u = v(i), c = e2 == null; ++n2 < i; )
          u[n2] = c ? o2 : Ea(e2, t2[n2]);
        return u;
      }
      function xt(e2, t2, n2) {
        return e2 === e2 && (n2 !== o2 && (e2 = e2 <= n2 ? e2 : n2), t2 !== o2 && (e2 = e2 >= t2 ? e2 : t2)), e2;
      }
      function Ee(e2, t2, n2, i, u, c) {
        var p, d = t2 & se, g = t2 & Qe, m = t2 & Q;
        if (n2 && (p = u ? n2(e2, i, u, c) : n2(e2)), p !== o2)
          return p;
        if (!ee(e2))
          return e2;
        var b = E(e2);
        if (b) {
          if (p = mp(e2), !d)
            return we(e2, p);
        } else {
          var R = fe(e2), k = R == Cn || R == Qa;
          if (bt(e2))
            return Ro(e2, d);
          if (R == et || R == jt || k && !u) {
            if (p = g || k ? {} : Bo(e2), !d)
              return g ? cp(e2, El(p, e2)) : sp(e2, Yi(p, e2));
          } else {
            if (!K[R])
              return u ? e2 : {};
            p = bp(e2, R, d);
          }
        }
        c || (c = new Ge());
        var C = c.get(e2);
        if (C)
          return C;
        c.set(e2, p), _u(e2) ? e2.forEach(function(P) {
          p.add(Ee(P, t2, n2, P, e2, c));
        }) : hu(e2) && e2.forEach(function(P, j) {
          p.set(j, Ee(P, t2, n2, j, e2, c));
        });
        var q = m ? g ? va : wa : g ? ye : ue, L = b ? o2 : q(e2);
        return qe(L || e2, function(P, j) {
          L && (j = P, P = e2[j]), hn(p, j, Ee(P, t2, n2, j, e2, c));
        }), p;
      }
      function Ol(e2) {
        var t2 = ue(e2);
        return function(n2) {
          return Xi(n2, e2, t2);
        };
      }
      function Xi(e2, t2, n2) {
        var i = n2.length;
        if (e2 == null)
          return !i;
        for (e2 = $(e2); i--; ) {
          var u = n2[i], c = t2[u], p = e2[u];
          if (p === o2 && !(u in e2) || !c(p))
            return false;
        }
        return true;
      }
      function Qi(e2, t2, n2) {
        if (typeof e2 != "function")
          throw new Pe(w);
        return bn(function() {
          e2.apply(o2, n2);
        }, t2);
      }
      function gn(e2, t2, n2, i) {
        var u = -1, c = En, p = true, d = e2.length, g = [], m = t2.length;
        if (!d)
          return g;
        n2 && (t2 = Y(t2, Re(n2))), i ? (c = Wr, p = false) : t2.length >= f && (c = sn, p = false, t2 = new Pt(t2));
        e:
          for (; ++u < d; ) {
            var b = e2[u], R = n2 == null ? b : n2(b);
            if (b = i || b !== 0 ? b : 0, p && R === R) {
              for (var k = m; k--; )
                if (t2[k] === R)
                  continue e;
              g.push(b);
            } else c(t2, R, i) || g.push(b);
          }
        return g;
      }
      var wt = Co(Ve), eo = Co(ea, true);
      function Ll(e2, t2) {
        var n2 = true;
        return wt(e2, function(i, u, c) {
          return n2 = !!t2(i, u, c), n2;
        }), n2;
      }
      function Zn(e2, t2, n2) {
        for (var i = -1, u = e2.length; ++i < u; ) {
          var c = e2[i], p = t2(c);
          if (p != null && (d === o2 ? p === p && !Ie(p) : n2(p, d)))
            var d = p, g = c;
        }
        return g;
      }
      function Dl(e2, t2, n2, i) {
        var u = e2.length;
        for (n2 = O(n2), n2 < 0 && (n2 = -n2 > u ? 0 : u + n2), i = i === o2 || i > u ? u : O(i), i < 0 && (i += u), i = n2 > i ? 0 : vu(i); n2 < i; )
          e2[n2++] = t2;
        return e2;
      }
      function to(e2, t2) {
        var n2 = [];
        return wt(e2, function(i, u, c) {
          t2(i, u, c) && n2.push(i);
        }), n2;
      }
      function pe(e2, t2, n2, i, u) {
        var c = -1, p = e2.length;
        for (n2 || (n2 = kp), u || (u = []); ++c < p; ) {
          var d = e2[c];
          t2 > 0 && n2(d) ? t2 > 1 ? pe(d, t2 - 1, n2, i, u) : ht(u, d) : i || (u[u.length] = d);
        }
        return u;
      }
      var Qr = Ao(), no = Ao(true);
      function Ve(e2, t2) {
        return e2 && Qr(e2, t2, ue);
      }
      function ea(e2, t2) {
        return e2 && no(e2, t2, ue);
      }
      function Yn(e2, t2) {
        return ft(t2, function(n2) {
          return ut(e2[n2]);
        });
      }
      function Et(e2, t2) {
        t2 = yt(t2, e2);
        for (var n2 = 0, i = t2.length; e2 != null && n2 < i; )
          e2 = e2[Ye(t2[n2++])];
        return n2 && n2 == i ? e2 : o2;
      }
      function ro(e2, t2, n2) {
        var i = t2(e2);
        return E(e2) ? i : ht(i, n2(e2));
      }
      function he(e2) {
        return e2 == null ? e2 === o2 ? ls : ss : At && At in $(e2) ? wp(e2) : Pp(e2);
      }
      function ta(e2, t2) {
        return e2 > t2;
      }
      function jl(e2, t2) {
        return e2 != null && N.call(e2, t2);
      }
      function Ul(e2, t2) {
        return e2 != null && t2 in $(e2);
      }
      function Wl(e2, t2, n2) {
        return e2 >= de(t2, n2) && e2 < oe(t2, n2);
      }
      function na(e2, t2, n2) {
        for (var i = n2 ? Wr : En, u = e2[0].length, c = e2.length, p = c, d = v(c), g = 1 / 0, m = []; p--; ) {
          var b = e2[p];
          p && t2 && (b = Y(b, Re(t2))), g = de(b.length, g), d[p] = !n2 && (t2 || u >= 120 && b.length >= 120) ? new Pt(p && b) : o2;
        }
        b = e2[0];
        var R = -1, k = d[0];
        e:
          for (; ++R < u && m.length < g; ) {
            var C = b[R], q = t2 ? t2(C) : C;
            if (C = n2 || C !== 0 ? C : 0, !(k ? sn(k, q) : i(m, q, n2))) {
              for (p = c; --p; ) {
                var L = d[p];
                if (!(L ? sn(L, q) : i(e2[p], q, n2)))
                  continue e;
              }
              k && k.push(q), m.push(C);
            }
          }
        return m;
      }
      function Fl(e2, t2, n2, i) {
        return Ve(e2, function(u, c, p) {
          t2(i, n2(u), c, p);
        }), i;
      }
      function _n(e2, t2, n2) {
        t2 = yt(t2, e2), e2 = $o(e2, t2);
        var i = e2 == null ? e2 : e2[Ye(Le(t2))];
        return i == null ? o2 : be(i, e2, n2);
      }
      function ao(e2) {
        return te(e2) && he(e2) == jt;
      }
      function Ml(e2) {
        return te(e2) && he(e2) == un;
      }
      function Bl(e2) {
        return te(e2) && he(e2) == tn;
      }
      function wn(e2, t2, n2, i, u) {
        return e2 === t2 ? true : e2 == null || t2 == null || !te(e2) && !te(t2) ? e2 !== e2 && t2 !== t2 : Nl(e2, t2, n2, i, wn, u);
      }
      function Nl(e2, t2, n2, i, u, c) {
        var p = E(e2), d = E(t2), g = p ? Sn : fe(e2), m = d ? Sn : fe(t2);
        g = g == jt ? et : g, m = m == jt ? et : m;
        var b = g == et, R = m == et, k = g == m;
        if (k && bt(e2)) {
          if (!bt(t2))
            return false;
          p = true, b = false;
        }
        if (k && !b)
          return c || (c = new Ge()), p || Zt(e2) ? Wo(e2, t2, n2, i, u, c) : gp(e2, t2, g, n2, i, u, c);
        if (!(n2 & ae)) {
          var C = b && N.call(e2, "__wrapped__"), q = R && N.call(t2, "__wrapped__");
          if (C || q) {
            var L = C ? e2.value() : e2, P = q ? t2.value() : t2;
            return c || (c = new Ge()), u(L, P, n2, i, c);
          }
        }
        return k ? (c || (c = new Ge()), _p(e2, t2, n2, i, u, c)) : false;
      }
      function zl(e2) {
        return te(e2) && fe(e2) == Be;
      }
      function ra(e2, t2, n2, i) {
        var u = n2.length, c = u, p = !i;
        if (e2 == null)
          return !c;
        for (e2 = $(e2); u--; ) {
          var d = n2[u];
          if (p && d[2] ? d[1] !== e2[d[0]] : !(d[0] in e2))
            return false;
        }
        for (; ++u < c; ) {
          d = n2[u];
          var g = d[0], m = e2[g], b = d[1];
          if (p && d[2]) {
            if (m === o2 && !(g in e2))
              return false;
          } else {
            var R = new Ge();
            if (i)
              var k = i(m, b, g, e2, t2, R);
            if (!(k === o2 ? wn(b, m, ae | G, i, R) : k))
              return false;
          }
        }
        return true;
      }
      function io(e2) {
        if (!ee(e2) || Sp(e2))
          return false;
        var t2 = ut(e2) ? zc : Os;
        return t2.test(Lt(e2));
      }
      function Gl(e2) {
        return te(e2) && he(e2) == rn;
      }
      function $l(e2) {
        return te(e2) && fe(e2) == Ne;
      }
      function Kl(e2) {
        return te(e2) && hr(e2.length) && !!J[he(e2)];
      }
      function oo(e2) {
        return typeof e2 == "function" ? e2 : e2 == null ? me : typeof e2 == "object" ? E(e2) ? co(e2[0], e2[1]) : so(e2) : qu(e2);
      }
      function aa(e2) {
        if (!mn(e2))
          return Vc(e2);
        var t2 = [];
        for (var n2 in $(e2))
          N.call(e2, n2) && n2 != "constructor" && t2.push(n2);
        return t2;
      }
      function Hl(e2) {
        if (!ee(e2))
          return qp(e2);
        var t2 = mn(e2), n2 = [];
        for (var i in e2)
          i == "constructor" && (t2 || !N.call(e2, i)) || n2.push(i);
        return n2;
      }
      function ia(e2, t2) {
        return e2 < t2;
      }
      function uo(e2, t2) {
        var n2 = -1, i = ve(e2) ? v(e2.length) : [];
        return wt(e2, function(u, c, p) {
          i[++n2] = t2(u, c, p);
        }), i;
      }
      function so(e2) {
        var t2 = ma(e2);
        return t2.length == 1 && t2[0][2] ? zo(t2[0][0], t2[0][1]) : function(n2) {
          return n2 === e2 || ra(n2, e2, t2);
        };
      }
      function co(e2, t2) {
        return Ra(e2) && No(t2) ? zo(Ye(e2), t2) : function(n2) {
          var i = Ea(n2, e2);
          return i === o2 && i === t2 ? Oa(n2, e2) : wn(t2, i, ae | G);
        };
      }
      function Xn(e2, t2, n2, i, u) {
        e2 !== t2 && Qr(t2, function(c, p) {
          if (u || (u = new Ge()), ee(c))
            Jl(e2, t2, p, n2, Xn, i, u);
          else {
            var d = i ? i(Ia(e2, p), c, p + "", e2, t2, u) : o2;
            d === o2 && (d = c), Yr(e2, p, d);
          }
        }, ye);
      }
      function Jl(e2, t2, n2, i, u, c, p) {
        var d = Ia(e2, n2), g = Ia(t2, n2), m = p.get(g);
        if (m) {
          Yr(e2, n2, m);
          return;
        }
        var b = c ? c(d, g, n2 + "", e2, t2, p) : o2, R = b === o2;
        if (R) {
          var k = E(g), C = !k && bt(g), q = !k && !C && Zt(g);
          b = g, k || C || q ? E(d) ? b = d : ne(d) ? b = we(d) : C ? (R = false, b = Ro(g, true)) : q ? (R = false, b = ko(g, true)) : b = [] : Rn(g) || Dt(g) ? (b = d, Dt(d) ? b = yu(d) : (!ee(d) || ut(d)) && (b = Bo(g))) : R = false;
        }
        R && (p.set(g, b), u(b, g, i, c, p), p.delete(g)), Yr(e2, n2, b);
      }
      function lo(e2, t2) {
        var n2 = e2.length;
        if (n2)
          return t2 += t2 < 0 ? n2 : 0, ot(t2, n2) ? e2[t2] : o2;
      }
      function po(e2, t2, n2) {
        t2.length ? t2 = Y(t2, function(c) {
          return E(c) ? function(p) {
            return Et(p, c.length === 1 ? c[0] : c);
          } : c;
        }) : t2 = [me];
        var i = -1;
        t2 = Y(t2, Re(A()));
        var u = uo(e2, function(c, p, d) {
          var g = Y(t2, function(m) {
            return m(c);
          });
          return { criteria: g, index: ++i, value: c };
        });
        return bc(u, function(c, p) {
          return up(c, p, n2);
        });
      }
      function Vl(e2, t2) {
        return fo(e2, t2, function(n2, i) {
          return Oa(e2, i);
        });
      }
      function fo(e2, t2, n2) {
        for (var i = -1, u = t2.length, c = {}; ++i < u; ) {
          var p = t2[i], d = Et(e2, p);
          n2(d, p) && vn(c, yt(p, e2), d);
        }
        return c;
      }
      function Zl(e2) {
        return function(t2) {
          return Et(t2, e2);
        };
      }
      function oa2(e2, t2, n2, i) {
        var u = i ? mc : Ft, c = -1, p = t2.length, d = e2;
        for (e2 === t2 && (t2 = we(t2)), n2 && (d = Y(e2, Re(n2))); ++c < p; )
          for (var g = 0, m = t2[c], b = n2 ? n2(m) : m; (g = u(d, b, g, i)) > -1; )
            d !== e2 && Nn.call(d, g, 1), Nn.call(e2, g, 1);
        return e2;
      }
      function ho(e2, t2) {
        for (var n2 = e2 ? t2.length : 0, i = n2 - 1; n2--; ) {
          var u = t2[n2];
          if (n2 == i || u !== c) {
            var c = u;
            ot(u) ? Nn.call(e2, u, 1) : la(e2, u);
          }
        }
        return e2;
      }
      function ua(e2, t2) {
        return e2 + $n(Hi() * (t2 - e2 + 1));
      }
      function Yl(e2, t2, n2, i) {
        for (var u = -1, c = oe(Gn((t2 - e2) / (n2 || 1)), 0), p = v(c); c--; )
          p[i ? c : ++u] = e2, e2 += n2;
        return p;
      }
      function sa(e2, t2) {
        var n2 = "";
        if (!e2 || t2 < 1 || t2 > dt)
          return n2;
        do
          t2 % 2 && (n2 += e2), t2 = $n(t2 / 2), t2 && (e2 += e2);
        while (t2);
        return n2;
      }
      function D(e2, t2) {
        return Sa(Go(e2, t2, me), e2 + "");
      }
      function Xl(e2) {
        return Zi(Yt(e2));
      }
      function Ql(e2, t2) {
        var n2 = Yt(e2);
        return sr(n2, xt(t2, 0, n2.length));
      }
      function vn(e2, t2, n2, i) {
        if (!ee(e2))
          return e2;
        t2 = yt(t2, e2);
        for (var u = -1, c = t2.length, p = c - 1, d = e2; d != null && ++u < c; ) {
          var g = Ye(t2[u]), m = n2;
          if (g === "__proto__" || g === "constructor" || g === "prototype")
            return e2;
          if (u != p) {
            var b = d[g];
            m = i ? i(b, g, d) : o2, m === o2 && (m = ee(b) ? b : ot(t2[u + 1]) ? [] : {});
          }
          hn(d, g, m), d = d[g];
        }
        return e2;
      }
      var go = Kn ? function(e2, t2) {
        return Kn.set(e2, t2), e2;
      } : me, ep = zn ? function(e2, t2) {
        return zn(e2, "toString", {
          configurable: true,
          enumerable: false,
          value: Da(t2),
          writable: true
        });
      } : me;
      function tp(e2) {
        return sr(Yt(e2));
      }
      function Oe(e2, t2, n2) {
        var i = -1, u = e2.length;
        t2 < 0 && (t2 = -t2 > u ? 0 : u + t2), n2 = n2 > u ? u : n2, n2 < 0 && (n2 += u), u = t2 > n2 ? 0 : n2 - t2 >>> 0, t2 >>>= 0;
        for (var c = v(u); ++i < u; )
          c[i] = e2[i + t2];
        return c;
      }
      function np(e2, t2) {
        var n2;
        return wt(e2, function(i, u, c) {
          return n2 = t2(i, u, c), !n2;
        }), !!n2;
      }
      function Qn(e2, t2, n2) {
        var i = 0, u = e2 == null ? i : e2.length;
        if (typeof t2 == "number" && t2 === t2 && u <= as) {
          for (; i < u; ) {
            var c = i + u >>> 1, p = e2[c];
            p !== null && !Ie(p) && (n2 ? p <= t2 : p < t2) ? i = c + 1 : u = c;
          }
          return u;
        }
        return ca(e2, t2, me, n2);
      }
      function ca(e2, t2, n2, i) {
        var u = 0, c = e2 == null ? 0 : e2.length;
        if (c === 0)
          return 0;
        t2 = n2(t2);
        for (var p = t2 !== t2, d = t2 === null, g = Ie(t2), m = t2 === o2; u < c; ) {
          var b = $n((u + c) / 2), R = n2(e2[b]), k = R !== o2, C = R === null, q = R === R, L = Ie(R);
          if (p)
            var P = i || q;
          else m ? P = q && (i || k) : d ? P = q && k && (i || !C) : g ? P = q && k && !C && (i || !L) : C || L ? P = false : P = i ? R <= t2 : R < t2;
          P ? u = b + 1 : c = b;
        }
        return de(c, rs);
      }
      function _o(e2, t2) {
        for (var n2 = -1, i = e2.length, u = 0, c = []; ++n2 < i; ) {
          var p = e2[n2], d = t2 ? t2(p) : p;
          if (!n2 || !$e(d, g)) {
            var g = d;
            c[u++] = p === 0 ? 0 : p;
          }
        }
        return c;
      }
      function wo(e2) {
        return typeof e2 == "number" ? e2 : Ie(e2) ? In : +e2;
      }
      function ke(e2) {
        if (typeof e2 == "string")
          return e2;
        if (E(e2))
          return Y(e2, ke) + "";
        if (Ie(e2))
          return Ji ? Ji.call(e2) : "";
        var t2 = e2 + "";
        return t2 == "0" && 1 / e2 == -Tt ? "-0" : t2;
      }
      function vt(e2, t2, n2) {
        var i = -1, u = En, c = e2.length, p = true, d = [], g = d;
        if (n2)
          p = false, u = Wr;
        else if (c >= f) {
          var m = t2 ? null : fp(e2);
          if (m)
            return Ln(m);
          p = false, u = sn, g = new Pt();
        } else
          g = t2 ? [] : d;
        e:
          for (; ++i < c; ) {
            var b = e2[i], R = t2 ? t2(b) : b;
            if (b = n2 || b !== 0 ? b : 0, p && R === R) {
              for (var k = g.length; k--; )
                if (g[k] === R)
                  continue e;
              t2 && g.push(R), d.push(b);
            } else u(g, R, n2) || (g !== d && g.push(R), d.push(b));
          }
        return d;
      }
      function la(e2, t2) {
        return t2 = yt(t2, e2), e2 = $o(e2, t2), e2 == null || delete e2[Ye(Le(t2))];
      }
      function vo(e2, t2, n2, i) {
        return vn(e2, t2, n2(Et(e2, t2)), i);
      }
      function er(e2, t2, n2, i) {
        for (var u = e2.length, c = i ? u : -1; (i ? c-- : ++c < u) && t2(e2[c], c, e2); )
          ;
        return n2 ? Oe(e2, i ? 0 : c, i ? c + 1 : u) : Oe(e2, i ? c + 1 : 0, i ? u : c);
      }
      function yo(e2, t2) {
        var n2 = e2;
        return n2 instanceof U && (n2 = n2.value()), Fr(t2, function(i, u) {
          return u.func.apply(u.thisArg, ht([i], u.args));
        }, n2);
      }
      function pa(e2, t2, n2) {
        var i = e2.length;
        if (i < 2)
          return i ? vt(e2[0]) : [];
        for (var u = -1, c = v(i); ++u < i; )
          for (var p = e2[u], d = -1; ++d < i; )
            d != u && (c[u] = gn(c[u] || p, e2[d], t2, n2));
        return vt(pe(c, 1), t2, n2);
      }
      function mo(e2, t2, n2) {
        for (var i = -1, u = e2.length, c = t2.length, p = {}; ++i < u; ) {
          var d = i < c ? t2[i] : o2;
          n2(p, e2[i], d);
        }
        return p;
      }
      function da(e2) {
        return ne(e2) ? e2 : [];
      }
      function fa(e2) {
        return typeof e2 == "function" ? e2 : me;
      }
      function yt(e2, t2) {
        return E(e2) ? e2 : Ra(e2, t2) ? [e2] : Vo(B(e2));
      }
      var rp = D;
      function mt(e2, t2, n2) {
        var i = e2.length;
        return n2 = n2 === o2 ? i : n2, !t2 && n2 >= i ? e2 : Oe(e2, t2, n2);
      }
      var bo = Gc || function(e2) {
        return le.clearTimeout(e2);
      };
      function Ro(e2, t2) {
        if (t2)
          return e2.slice();
        var n2 = e2.length, i = Ni ? Ni(n2) : new e2.constructor(n2);
        return e2.copy(i), i;
      }
      function ha(e2) {
        var t2 = new e2.constructor(e2.byteLength);
        return new Mn(t2).set(new Mn(e2)), t2;
      }
      function ap(e2, t2) {
        var n2 = t2 ? ha(e2.buffer) : e2.buffer;
        return new e2.constructor(n2, e2.byteOffset, e2.byteLength);
      }
      function ip(e2) {
        var t2 = new e2.constructor(e2.source, ai.exec(e2));
        return t2.lastIndex = e2.lastIndex, t2;
      }
      function op(e2) {
        return fn ? $(fn.call(e2)) : {};
      }
      function ko(e2, t2) {
        var n2 = t2 ? ha(e2.buffer) : e2.buffer;
        return new e2.constructor(n2, e2.byteOffset, e2.length);
      }
      function Io(e2, t2) {
        if (e2 !== t2) {
          var n2 = e2 !== o2, i = e2 === null, u = e2 === e2, c = Ie(e2), p = t2 !== o2, d = t2 === null, g = t2 === t2, m = Ie(t2);
          if (!d && !m && !c && e2 > t2 || c && p && g && !d && !m || i && p && g || !n2 && g || !u)
            return 1;
          if (!i && !c && !m && e2 < t2 || m && n2 && u && !i && !c || d && n2 && u || !p && u || !g)
            return -1;
        }
        return 0;
      }
      function up(e2, t2, n2) {
        for (var i = -1, u = e2.criteria, c = t2.criteria, p = u.length, d = n2.length; ++i < p; ) {
          var g = Io(u[i], c[i]);
          if (g) {
            if (i >= d)
              return g;
            var m = n2[i];
            return g * (m == "desc" ? -1 : 1);
          }
        }
        return e2.index - t2.index;
      }
      function So(e2, t2, n2, i) {
        for (var u = -1, c = e2.length, p = n2.length, d = -1, g = t2.length, m = oe(c - p, 0), b = v(g + m), R = !i; ++d < g; )
          b[d] = t2[d];
        for (; ++u < p; )
          (R || u < c) && (b[n2[u]] = e2[u]);
        for (; m--; )
          b[d++] = e2[u++];
        return b;
      }
      function To(e2, t2, n2, i) {
        for (var u = -1, c = e2.length, p = -1, d = n2.length, g = -1, m = t2.length, b = oe(c - d, 0), R = v(b + m), k = !i; ++u < b; )
          R[u] = e2[u];
        for (var C = u; ++g < m; )
          R[C + g] = t2[g];
        for (; ++p < d; )
          (k || u < c) && (R[C + n2[p]] = e2[u++]);
        return R;
      }
      function we(e2, t2) {
        var n2 = -1, i = e2.length;
        for (t2 || (t2 = v(i)); ++n2 < i; )
          t2[n2] = e2[n2];
        return t2;
      }
      function Ze(e2, t2, n2, i) {
        var u = !n2;
        n2 || (n2 = {});
        for (var c = -1, p = t2.length; ++c < p; ) {
          var d = t2[c], g = i ? i(n2[d], e2[d], d, n2, e2) : o2;
          g === o2 && (g = e2[d]), u ? rt(n2, d, g) : hn(n2, d, g);
        }
        return n2;
      }
      function sp(e2, t2) {
        return Ze(e2, ba(e2), t2);
      }
      function cp(e2, t2) {
        return Ze(e2, Fo(e2), t2);
      }
      function tr(e2, t2) {
        return function(n2, i) {
          var u = E(n2) ? hc : xl, c = t2 ? t2() : {};
          return u(n2, e2, A(i, 2), c);
        };
      }
      function Ht(e2) {
        return D(function(t2, n2) {
          var i = -1, u = n2.length, c = u > 1 ? n2[u - 1] : o2, p = u > 2 ? n2[2] : o2;
          for (c = e2.length > 3 && typeof c == "function" ? (u--, c) : o2, p && ge(n2[0], n2[1], p) && (c = u < 3 ? o2 : c, u = 1), t2 = $(t2); ++i < u; ) {
            var d = n2[i];
            d && e2(t2, d, i, c);
          }
          return t2;
        });
      }
      function Co(e2, t2) {
        return function(n2, i) {
          if (n2 == null)
            return n2;
          if (!ve(n2))
            return e2(n2, i);
          for (var u = n2.length, c = t2 ? u : -1, p = $(n2); (t2 ? c-- : ++c < u) && i(p[c], c, p) !== false; )
            ;
          return n2;
        };
      }
      function Ao(e2) {
        return function(t2, n2, i) {
          for (var u = -1, c = $(t2), p = i(t2), d = p.length; d--; ) {
            var g = p[e2 ? d : ++u];
            if (n2(c[g], g, c) === false)
              break;
          }
          return t2;
        };
      }
      function lp(e2, t2, n2) {
        var i = t2 & M, u = yn(e2);
        function c() {
          var p = this && this !== le && this instanceof c ? u : e2;
          return p.apply(i ? n2 : this, arguments);
        }
        return c;
      }
      function qo(e2) {
        return function(t2) {
          t2 = B(t2);
          var n2 = Mt(t2) ? ze(t2) : o2, i = n2 ? n2[0] : t2.charAt(0), u = n2 ? mt(n2, 1).join("") : t2.slice(1);
          return i[e2]() + u;
        };
      }
      function Jt(e2) {
        return function(t2) {
          return Fr(Cu(Tu(t2).replace(ec, "")), e2, "");
        };
      }
      function yn(e2) {
        return function() {
          var t2 = arguments;
          switch (t2.length) {
            case 0:
              return new e2();
            case 1:
              return new e2(t2[0]);
            case 2:
              return new e2(t2[0], t2[1]);
            case 3:
              return new e2(t2[0], t2[1], t2[2]);
            case 4:
              return new e2(t2[0], t2[1], t2[2], t2[3]);
            case 5:
              return new e2(t2[0], t2[1], t2[2], t2[3], t2[4]);
            case 6:
              return new e2(t2[0], t2[1], t2[2], t2[3], t2[4], t2[5]);
            case 7:
              return new e2(t2[0], t2[1], t2[2], t2[3], t2[4], t2[5], t2[6]);
          }
          var n2 = Kt(e2.prototype), i = e2.apply(n2, t2);
          return ee(i) ? i : n2;
        };
      }
      function pp(e2, t2, n2) {
        var i = yn(e2);
        function u() {
          for (var c = arguments.length, p = v(c), d = c, g = Vt(u); d--; )
            p[d] = arguments[d];
          var m = c < 3 && p[0] !== g && p[c - 1] !== g ? [] : gt(p, g);
          if (c -= m.length, c < n2)
            return Lo(
              e2,
              t2,
              nr,
              u.placeholder,
              o2,
              p,
              m,
              o2,
              o2,
              n2 - c
            );
          var b = this && this !== le && this instanceof u ? i : e2;
          return be(b, this, p);
        }
        return u;
      }
      function Po(e2) {
        return function(t2, n2, i) {
          var u = $(t2);
          if (!ve(t2)) {
            var c = A(n2, 3);
            t2 = ue(t2), n2 = function(d) {
              return c(u[d], d, u);
            };
          }
          var p = e2(t2, n2, i);
          return p > -1 ? u[c ? t2[p] : p] : o2;
        };
      }
      function xo(e2) {
        return it(function(t2) {
          var n2 = t2.length, i = n2, u = xe.prototype.thru;
          for (e2 && t2.reverse(); i--; ) {
            var c = t2[i];
            if (typeof c != "function")
              throw new Pe(w);
            if (u && !p && or(c) == "wrapper")
              var p = new xe([], true);
          }
          for (i = p ? i : n2; ++i < n2; ) {
            c = t2[i];
            var d = or(c), g = d == "wrapper" ? ya(c) : o2;
            g && ka(g[0]) && g[1] == (Me | ce | Ce | St) && !g[4].length && g[9] == 1 ? p = p[or(g[0])].apply(p, g[3]) : p = c.length == 1 && ka(c) ? p[d]() : p.thru(c);
          }
          return function() {
            var m = arguments, b = m[0];
            if (p && m.length == 1 && E(b))
              return p.plant(b).value();
            for (var R = 0, k = n2 ? t2[R].apply(this, m) : b; ++R < n2; )
              k = t2[R].call(this, k);
            return k;
          };
        });
      }
      function nr(e2, t2, n2, i, u, c, p, d, g, m) {
        var b = t2 & Me, R = t2 & M, k = t2 & Z, C = t2 & (ce | Fe), q = t2 & Qt, L = k ? o2 : yn(e2);
        function P() {
          for (var j = arguments.length, W = v(j), Se = j; Se--; )
            W[Se] = arguments[Se];
          if (C)
            var _e = Vt(P), Te = kc(W, _e);
          if (i && (W = So(W, i, u, C)), c && (W = To(W, c, p, C)), j -= Te, C && j < m) {
            var re = gt(W, _e);
            return Lo(
              e2,
              t2,
              nr,
              P.placeholder,
              n2,
              W,
              re,
              d,
              g,
              m - j
            );
          }
          var Ke = R ? n2 : this, ct = k ? Ke[e2] : e2;
          return j = W.length, d ? W = xp(W, d) : q && j > 1 && W.reverse(), b && g < j && (W.length = g), this && this !== le && this instanceof P && (ct = L || yn(ct)), ct.apply(Ke, W);
        }
        return P;
      }
      function Eo(e2, t2) {
        return function(n2, i) {
          return Fl(n2, e2, t2(i), {});
        };
      }
      function rr(e2, t2) {
        return function(n2, i) {
          var u;
          if (n2 === o2 && i === o2)
            return t2;
          if (n2 !== o2 && (u = n2), i !== o2) {
            if (u === o2)
              return i;
            typeof n2 == "string" || typeof i == "string" ? (n2 = ke(n2), i = ke(i)) : (n2 = wo(n2), i = wo(i)), u = e2(n2, i);
          }
          return u;
        };
      }
      function ga(e2) {
        return it(function(t2) {
          return t2 = Y(t2, Re(A())), D(function(n2) {
            var i = this;
            return e2(t2, function(u) {
              return be(u, i, n2);
            });
          });
        });
      }
      function ar(e2, t2) {
        t2 = t2 === o2 ? " " : ke(t2);
        var n2 = t2.length;
        if (n2 < 2)
          return n2 ? sa(t2, e2) : t2;
        var i = sa(t2, Gn(e2 / Bt(t2)));
        return Mt(t2) ? mt(ze(i), 0, e2).join("") : i.slice(0, e2);
      }
      function dp(e2, t2, n2, i) {
        var u = t2 & M, c = yn(e2);
        function p() {
          for (var d = -1, g = arguments.length, m = -1, b = i.length, R = v(b + g), k = this && this !== le && this instanceof p ? c : e2; ++m < b; )
            R[m] = i[m];
          for (; g--; )
            R[m++] = arguments[++d];
          return be(k, u ? n2 : this, R);
        }
        return p;
      }
      function Oo(e2) {
        return function(t2, n2, i) {
          return i && typeof i != "number" && ge(t2, n2, i) && (n2 = i = o2), t2 = st(t2), n2 === o2 ? (n2 = t2, t2 = 0) : n2 = st(n2), i = i === o2 ? t2 < n2 ? 1 : -1 : st(i), Yl(t2, n2, i, e2);
        };
      }
      function ir(e2) {
        return function(t2, n2) {
          return typeof t2 == "string" && typeof n2 == "string" || (t2 = De(t2), n2 = De(n2)), e2(t2, n2);
        };
      }
      function Lo(e2, t2, n2, i, u, c, p, d, g, m) {
        var b = t2 & ce, R = b ? p : o2, k = b ? o2 : p, C = b ? c : o2, q = b ? o2 : c;
        t2 |= b ? Ce : pt, t2 &= ~(b ? pt : Ce), t2 & It || (t2 &= ~(M | Z));
        var L = [
          e2,
          t2,
          u,
          C,
          R,
          q,
          k,
          d,
          g,
          m
        ], P = n2.apply(o2, L);
        return ka(e2) && Ko(P, L), P.placeholder = i, Ho(P, e2, t2);
      }
      function _a(e2) {
        var t2 = ie[e2];
        return function(n2, i) {
          if (n2 = De(n2), i = i == null ? 0 : de(O(i), 292), i && Ki(n2)) {
            var u = (B(n2) + "e").split("e"), c = t2(u[0] + "e" + (+u[1] + i));
            return u = (B(c) + "e").split("e"), +(u[0] + "e" + (+u[1] - i));
          }
          return t2(n2);
        };
      }
      var fp = Gt && 1 / Ln(new Gt([, -0]))[1] == Tt ? function(e2) {
        return new Gt(e2);
      } : Wa;
      function Do(e2) {
        return function(t2) {
          var n2 = fe(t2);
          return n2 == Be ? Kr(t2) : n2 == Ne ? Pc(t2) : Rc(t2, e2(t2));
        };
      }
      function at(e2, t2, n2, i, u, c, p, d) {
        var g = t2 & Z;
        if (!g && typeof e2 != "function")
          throw new Pe(w);
        var m = i ? i.length : 0;
        if (m || (t2 &= ~(Ce | pt), i = u = o2), p = p === o2 ? p : oe(O(p), 0), d = d === o2 ? d : O(d), m -= u ? u.length : 0, t2 & pt) {
          var b = i, R = u;
          i = u = o2;
        }
        var k = g ? o2 : ya(e2), C = [
          e2,
          t2,
          n2,
          i,
          u,
          b,
          R,
          c,
          p,
          d
        ];
        if (k && Ap(C, k), e2 = C[0], t2 = C[1], n2 = C[2], i = C[3], u = C[4], d = C[9] = C[9] === o2 ? g ? 0 : e2.length : oe(C[9] - m, 0), !d && t2 & (ce | Fe) && (t2 &= ~(ce | Fe)), !t2 || t2 == M)
          var q = lp(e2, t2, n2);
        else t2 == ce || t2 == Fe ? q = pp(e2, t2, d) : (t2 == Ce || t2 == (M | Ce)) && !u.length ? q = dp(e2, t2, n2, i) : q = nr.apply(o2, C);
        var L = k ? go : Ko;
        return Ho(L(q, C), e2, t2);
      }
      function jo(e2, t2, n2, i) {
        return e2 === o2 || $e(e2, zt[n2]) && !N.call(i, n2) ? t2 : e2;
      }
      function Uo(e2, t2, n2, i, u, c) {
        return ee(e2) && ee(t2) && (c.set(t2, e2), Xn(e2, t2, o2, Uo, c), c.delete(t2)), e2;
      }
      function hp(e2) {
        return Rn(e2) ? o2 : e2;
      }
      function Wo(e2, t2, n2, i, u, c) {
        var p = n2 & ae, d = e2.length, g = t2.length;
        if (d != g && !(p && g > d))
          return false;
        var m = c.get(e2), b = c.get(t2);
        if (m && b)
          return m == t2 && b == e2;
        var R = -1, k = true, C = n2 & G ? new Pt() : o2;
        for (c.set(e2, t2), c.set(t2, e2); ++R < d; ) {
          var q = e2[R], L = t2[R];
          if (i)
            var P = p ? i(L, q, R, t2, e2, c) : i(q, L, R, e2, t2, c);
          if (P !== o2) {
            if (P)
              continue;
            k = false;
            break;
          }
          if (C) {
            if (!Mr(t2, function(j, W) {
              if (!sn(C, W) && (q === j || u(q, j, n2, i, c)))
                return C.push(W);
            })) {
              k = false;
              break;
            }
          } else if (!(q === L || u(q, L, n2, i, c))) {
            k = false;
            break;
          }
        }
        return c.delete(e2), c.delete(t2), k;
      }
      function gp(e2, t2, n2, i, u, c, p) {
        switch (n2) {
          case Ut:
            if (e2.byteLength != t2.byteLength || e2.byteOffset != t2.byteOffset)
              return false;
            e2 = e2.buffer, t2 = t2.buffer;
          case un:
            return !(e2.byteLength != t2.byteLength || !c(new Mn(e2), new Mn(t2)));
          case en:
          case tn:
          case nn:
            return $e(+e2, +t2);
          case Tn:
            return e2.name == t2.name && e2.message == t2.message;
          case rn:
          case an:
            return e2 == t2 + "";
          case Be:
            var d = Kr;
          case Ne:
            var g = i & ae;
            if (d || (d = Ln), e2.size != t2.size && !g)
              return false;
            var m = p.get(e2);
            if (m)
              return m == t2;
            i |= G, p.set(e2, t2);
            var b = Wo(d(e2), d(t2), i, u, c, p);
            return p.delete(e2), b;
          case An:
            if (fn)
              return fn.call(e2) == fn.call(t2);
        }
        return false;
      }
      function _p(e2, t2, n2, i, u, c) {
        var p = n2 & ae, d = wa(e2), g = d.length, m = wa(t2), b = m.length;
        if (g != b && !p)
          return false;
        for (var R = g; R--; ) {
          var k = d[R];
          if (!(p ? k in t2 : N.call(t2, k)))
            return false;
        }
        var C = c.get(e2), q = c.get(t2);
        if (C && q)
          return C == t2 && q == e2;
        var L = true;
        c.set(e2, t2), c.set(t2, e2);
        for (var P = p; ++R < g; ) {
          k = d[R];
          var j = e2[k], W = t2[k];
          if (i)
            var Se = p ? i(W, j, k, t2, e2, c) : i(j, W, k, e2, t2, c);
          if (!(Se === o2 ? j === W || u(j, W, n2, i, c) : Se)) {
            L = false;
            break;
          }
          P || (P = k == "constructor");
        }
        if (L && !P) {
          var _e = e2.constructor, Te = t2.constructor;
          _e != Te && "constructor" in e2 && "constructor" in t2 && !(typeof _e == "function" && _e instanceof _e && typeof Te == "function" && Te instanceof Te) && (L = false);
        }
        return c.delete(e2), c.delete(t2), L;
      }
      function it(e2) {
        return Sa(Go(e2, o2, Qo), e2 + "");
      }
      function wa(e2) {
        return ro(e2, ue, ba);
      }
      function va(e2) {
        return ro(e2, ye, Fo);
      }
      var ya = Kn ? function(e2) {
        return Kn.get(e2);
      } : Wa;
      function or(e2) {
        for (var t2 = e2.name + "", n2 = $t[t2], i = N.call($t, t2) ? n2.length : 0; i--; ) {
          var u = n2[i], c = u.func;
          if (c == null || c == e2)
            return u.name;
        }
        return t2;
      }
      function Vt(e2) {
        var t2 = N.call(s, "placeholder") ? s : e2;
        return t2.placeholder;
      }
      function A() {
        var e2 = s.iteratee || ja;
        return e2 = e2 === ja ? oo : e2, arguments.length ? e2(arguments[0], arguments[1]) : e2;
      }
      function ur(e2, t2) {
        var n2 = e2.__data__;
        return Ip(t2) ? n2[typeof t2 == "string" ? "string" : "hash"] : n2.map;
      }
      function ma(e2) {
        for (var t2 = ue(e2), n2 = t2.length; n2--; ) {
          var i = t2[n2], u = e2[i];
          t2[n2] = [i, u, No(u)];
        }
        return t2;
      }
      function Ot(e2, t2) {
        var n2 = Cc(e2, t2);
        return io(n2) ? n2 : o2;
      }
      function wp(e2) {
        var t2 = N.call(e2, At), n2 = e2[At];
        try {
          e2[At] = o2;
          var i = true;
        } catch {
        }
        var u = Wn.call(e2);
        return i && (t2 ? e2[At] = n2 : delete e2[At]), u;
      }
      var ba = Jr ? function(e2) {
        return e2 == null ? [] : (e2 = $(e2), ft(Jr(e2), function(t2) {
          return Gi.call(e2, t2);
        }));
      } : Fa, Fo = Jr ? function(e2) {
        for (var t2 = []; e2; )
          ht(t2, ba(e2)), e2 = Bn(e2);
        return t2;
      } : Fa, fe = he;
      (Vr && fe(new Vr(new ArrayBuffer(1))) != Ut || ln && fe(new ln()) != Be || Zr && fe(Zr.resolve()) != ei || Gt && fe(new Gt()) != Ne || pn && fe(new pn()) != on) && (fe = function(e2) {
        var t2 = he(e2), n2 = t2 == et ? e2.constructor : o2, i = n2 ? Lt(n2) : "";
        if (i)
          switch (i) {
            case Qc:
              return Ut;
            case el:
              return Be;
            case tl:
              return ei;
            case nl:
              return Ne;
            case rl:
              return on;
          }
        return t2;
      });
      function vp(e2, t2, n2) {
        for (var i = -1, u = n2.length; ++i < u; ) {
          var c = n2[i], p = c.size;
          switch (c.type) {
            case "drop":
              e2 += p;
              break;
            case "dropRight":
              t2 -= p;
              break;
            case "take":
              t2 = de(t2, e2 + p);
              break;
            case "takeRight":
              e2 = oe(e2, t2 - p);
              break;
          }
        }
        return { start: e2, end: t2 };
      }
      function yp(e2) {
        var t2 = e2.match(Ss);
        return t2 ? t2[1].split(Ts) : [];
      }
      function Mo(e2, t2, n2) {
        t2 = yt(t2, e2);
        for (var i = -1, u = t2.length, c = false; ++i < u; ) {
          var p = Ye(t2[i]);
          if (!(c = e2 != null && n2(e2, p)))
            break;
          e2 = e2[p];
        }
        return c || ++i != u ? c : (u = e2 == null ? 0 : e2.length, !!u && hr(u) && ot(p, u) && (E(e2) || Dt(e2)));
      }
      function mp(e2) {
        var t2 = e2.length, n2 = new e2.constructor(t2);
        return t2 && typeof e2[0] == "string" && N.call(e2, "index") && (n2.index = e2.index, n2.input = e2.input), n2;
      }
      function Bo(e2) {
        return typeof e2.constructor == "function" && !mn(e2) ? Kt(Bn(e2)) : {};
      }
      function bp(e2, t2, n2) {
        var i = e2.constructor;
        switch (t2) {
          case un:
            return ha(e2);
          case en:
          case tn:
            return new i(+e2);
          case Ut:
            return ap(e2, n2);
          case mr:
          case br:
          case Rr:
          case kr:
          case Ir:
          case Sr:
          case Tr:
          case Cr:
          case Ar:
            return ko(e2, n2);
          case Be:
            return new i();
          case nn:
          case an:
            return new i(e2);
          case rn:
            return ip(e2);
          case Ne:
            return new i();
          case An:
            return op(e2);
        }
      }
      function Rp(e2, t2) {
        var n2 = t2.length;
        if (!n2)
          return e2;
        var i = n2 - 1;
        return t2[i] = (n2 > 1 ? "& " : "") + t2[i], t2 = t2.join(n2 > 2 ? ", " : " "), e2.replace(Is, `{
/* [wrapped with ` + t2 + `] */
`);
      }
      function kp(e2) {
        return E(e2) || Dt(e2) || !!($i && e2 && e2[$i]);
      }
      function ot(e2, t2) {
        var n2 = typeof e2;
        return t2 = t2 ?? dt, !!t2 && (n2 == "number" || n2 != "symbol" && Ds.test(e2)) && e2 > -1 && e2 % 1 == 0 && e2 < t2;
      }
      function ge(e2, t2, n2) {
        if (!ee(n2))
          return false;
        var i = typeof t2;
        return (i == "number" ? ve(n2) && ot(t2, n2.length) : i == "string" && t2 in n2) ? $e(n2[t2], e2) : false;
      }
      function Ra(e2, t2) {
        if (E(e2))
          return false;
        var n2 = typeof e2;
        return n2 == "number" || n2 == "symbol" || n2 == "boolean" || e2 == null || Ie(e2) ? true : ms.test(e2) || !ys.test(e2) || t2 != null && e2 in $(t2);
      }
      function Ip(e2) {
        var t2 = typeof e2;
        return t2 == "string" || t2 == "number" || t2 == "symbol" || t2 == "boolean" ? e2 !== "__proto__" : e2 === null;
      }
      function ka(e2) {
        var t2 = or(e2), n2 = s[t2];
        if (typeof n2 != "function" || !(t2 in U.prototype))
          return false;
        if (e2 === n2)
          return true;
        var i = ya(n2);
        return !!i && e2 === i[0];
      }
      function Sp(e2) {
        return !!Bi && Bi in e2;
      }
      var Tp = jn ? ut : Ma;
      function mn(e2) {
        var t2 = e2 && e2.constructor, n2 = typeof t2 == "function" && t2.prototype || zt;
        return e2 === n2;
      }
      function No(e2) {
        return e2 === e2 && !ee(e2);
      }
      function zo(e2, t2) {
        return function(n2) {
          return n2 == null ? false : n2[e2] === t2 && (t2 !== o2 || e2 in $(n2));
        };
      }
      function Cp(e2) {
        var t2 = dr(e2, function(i) {
          return n2.size === H && n2.clear(), i;
        }), n2 = t2.cache;
        return t2;
      }
      function Ap(e2, t2) {
        var n2 = e2[1], i = t2[1], u = n2 | i, c = u < (M | Z | Me), p = i == Me && n2 == ce || i == Me && n2 == St && e2[7].length <= t2[8] || i == (Me | St) && t2[7].length <= t2[8] && n2 == ce;
        if (!(c || p))
          return e2;
        i & M && (e2[2] = t2[2], u |= n2 & M ? 0 : It);
        var d = t2[3];
        if (d) {
          var g = e2[3];
          e2[3] = g ? So(g, d, t2[4]) : d, e2[4] = g ? gt(e2[3], V) : t2[4];
        }
        return d = t2[5], d && (g = e2[5], e2[5] = g ? To(g, d, t2[6]) : d, e2[6] = g ? gt(e2[5], V) : t2[6]), d = t2[7], d && (e2[7] = d), i & Me && (e2[8] = e2[8] == null ? t2[8] : de(e2[8], t2[8])), e2[9] == null && (e2[9] = t2[9]), e2[0] = t2[0], e2[1] = u, e2;
      }
      function qp(e2) {
        var t2 = [];
        if (e2 != null)
          for (var n2 in $(e2))
            t2.push(n2);
        return t2;
      }
      function Pp(e2) {
        return Wn.call(e2);
      }
      function Go(e2, t2, n2) {
        return t2 = oe(t2 === o2 ? e2.length - 1 : t2, 0), function() {
          for (var i = arguments, u = -1, c = oe(i.length - t2, 0), p = v(c); ++u < c; )
            p[u] = i[t2 + u];
          u = -1;
          for (var d = v(t2 + 1); ++u < t2; )
            d[u] = i[u];
          return d[t2] = n2(p), be(e2, this, d);
        };
      }
      function $o(e2, t2) {
        return t2.length < 2 ? e2 : Et(e2, Oe(t2, 0, -1));
      }
      function xp(e2, t2) {
        for (var n2 = e2.length, i = de(t2.length, n2), u = we(e2); i--; ) {
          var c = t2[i];
          e2[i] = ot(c, n2) ? u[c] : o2;
        }
        return e2;
      }
      function Ia(e2, t2) {
        if (!(t2 === "constructor" && typeof e2[t2] == "function") && t2 != "__proto__")
          return e2[t2];
      }
      var Ko = Jo(go), bn = Kc || function(e2, t2) {
        return le.setTimeout(e2, t2);
      }, Sa = Jo(ep);
      function Ho(e2, t2, n2) {
        var i = t2 + "";
        return Sa(e2, Rp(i, Ep(yp(i), n2)));
      }
      function Jo(e2) {
        var t2 = 0, n2 = 0;
        return function() {
          var i = Zc(), u = Qu - (i - n2);
          if (n2 = i, u > 0) {
            if (++t2 >= Xu)
              return arguments[0];
          } else
            t2 = 0;
          return e2.apply(o2, arguments);
        };
      }
      function sr(e2, t2) {
        var n2 = -1, i = e2.length, u = i - 1;
        for (t2 = t2 === o2 ? i : t2; ++n2 < t2; ) {
          var c = ua(n2, u), p = e2[c];
          e2[c] = e2[n2], e2[n2] = p;
        }
        return e2.length = t2, e2;
      }
      var Vo = Cp(function(e2) {
        var t2 = [];
        return e2.charCodeAt(0) === 46 && t2.push(""), e2.replace(bs, function(n2, i, u, c) {
          t2.push(u ? c.replace(qs, "$1") : i || n2);
        }), t2;
      });
      function Ye(e2) {
        if (typeof e2 == "string" || Ie(e2))
          return e2;
        var t2 = e2 + "";
        return t2 == "0" && 1 / e2 == -Tt ? "-0" : t2;
      }
      function Lt(e2) {
        if (e2 != null) {
          try {
            return Un.call(e2);
          } catch {
          }
          try {
            return e2 + "";
          } catch {
          }
        }
        return "";
      }
      function Ep(e2, t2) {
        return qe(is, function(n2) {
          var i = "_." + n2[0];
          t2 & n2[1] && !En(e2, i) && e2.push(i);
        }), e2.sort();
      }
      function Zo(e2) {
        if (e2 instanceof U)
          return e2.clone();
        var t2 = new xe(e2.__wrapped__, e2.__chain__);
        return t2.__actions__ = we(e2.__actions__), t2.__index__ = e2.__index__, t2.__values__ = e2.__values__, t2;
      }
      function Op(e2, t2, n2) {
        (n2 ? ge(e2, t2, n2) : t2 === o2) ? t2 = 1 : t2 = oe(O(t2), 0);
        var i = e2 == null ? 0 : e2.length;
        if (!i || t2 < 1)
          return [];
        for (var u = 0, c = 0, p = v(Gn(i / t2)); u < i; )
          p[c++] = Oe(e2, u, u += t2);
        return p;
      }
      function Lp(e2) {
        for (var t2 = -1, n2 = e2 == null ? 0 : e2.length, i = 0, u = []; ++t2 < n2; ) {
          var c = e2[t2];
          c && (u[i++] = c);
        }
        return u;
      }
      function Dp() {
        var e2 = arguments.length;
        if (!e2)
          return [];
        for (var t2 = v(e2 - 1), n2 = arguments[0], i = e2; i--; )
          t2[i - 1] = arguments[i];
        return ht(E(n2) ? we(n2) : [n2], pe(t2, 1));
      }
      var jp = D(function(e2, t2) {
        return ne(e2) ? gn(e2, pe(t2, 1, ne, true)) : [];
      }), Up = D(function(e2, t2) {
        var n2 = Le(t2);
        return ne(n2) && (n2 = o2), ne(e2) ? gn(e2, pe(t2, 1, ne, true), A(n2, 2)) : [];
      }), Wp = D(function(e2, t2) {
        var n2 = Le(t2);
        return ne(n2) && (n2 = o2), ne(e2) ? gn(e2, pe(t2, 1, ne, true), o2, n2) : [];
      });
      function Fp(e2, t2, n2) {
        var i = e2 == null ? 0 : e2.length;
        return i ? (t2 = n2 || t2 === o2 ? 1 : O(t2), Oe(e2, t2 < 0 ? 0 : t2, i)) : [];
      }
      function Mp(e2, t2, n2) {
        var i = e2 == null ? 0 : e2.length;
        return i ? (t2 = n2 || t2 === o2 ? 1 : O(t2), t2 = i - t2, Oe(e2, 0, t2 < 0 ? 0 : t2)) : [];
      }
      function Bp(e2, t2) {
        return e2 && e2.length ? er(e2, A(t2, 3), true, true) : [];
      }
      function Np(e2, t2) {
        return e2 && e2.length ? er(e2, A(t2, 3), true) : [];
      }
      function zp(e2, t2, n2, i) {
        var u = e2 == null ? 0 : e2.length;
        return u ? (n2 && typeof n2 != "number" && ge(e2, t2, n2) && (n2 = 0, i = u), Dl(e2, t2, n2, i)) : [];
      }
      function Yo(e2, t2, n2) {
        var i = e2 == null ? 0 : e2.length;
        if (!i)
          return -1;
        var u = n2 == null ? 0 : O(n2);
        return u < 0 && (u = oe(i + u, 0)), On(e2, A(t2, 3), u);
      }
      function Xo(e2, t2, n2) {
        var i = e2 == null ? 0 : e2.length;
        if (!i)
          return -1;
        var u = i - 1;
        return n2 !== o2 && (u = O(n2), u = n2 < 0 ? oe(i + u, 0) : de(u, i - 1)), On(e2, A(t2, 3), u, true);
      }
      function Qo(e2) {
        var t2 = e2 == null ? 0 : e2.length;
        return t2 ? pe(e2, 1) : [];
      }
      function Gp(e2) {
        var t2 = e2 == null ? 0 : e2.length;
        return t2 ? pe(e2, Tt) : [];
      }
      function $p(e2, t2) {
        var n2 = e2 == null ? 0 : e2.length;
        return n2 ? (t2 = t2 === o2 ? 1 : O(t2), pe(e2, t2)) : [];
      }
      function Kp(e2) {
        for (var t2 = -1, n2 = e2 == null ? 0 : e2.length, i = {}; ++t2 < n2; ) {
          var u = e2[t2];
          i[u[0]] = u[1];
        }
        return i;
      }
      function eu(e2) {
        return e2 && e2.length ? e2[0] : o2;
      }
      function Hp(e2, t2, n2) {
        var i = e2 == null ? 0 : e2.length;
        if (!i)
          return -1;
        var u = n2 == null ? 0 : O(n2);
        return u < 0 && (u = oe(i + u, 0)), Ft(e2, t2, u);
      }
      function Jp(e2) {
        var t2 = e2 == null ? 0 : e2.length;
        return t2 ? Oe(e2, 0, -1) : [];
      }
      var Vp = D(function(e2) {
        var t2 = Y(e2, da);
        return t2.length && t2[0] === e2[0] ? na(t2) : [];
      }), Zp = D(function(e2) {
        var t2 = Le(e2), n2 = Y(e2, da);
        return t2 === Le(n2) ? t2 = o2 : n2.pop(), n2.length && n2[0] === e2[0] ? na(n2, A(t2, 2)) : [];
      }), Yp = D(function(e2) {
        var t2 = Le(e2), n2 = Y(e2, da);
        return t2 = typeof t2 == "function" ? t2 : o2, t2 && n2.pop(), n2.length && n2[0] === e2[0] ? na(n2, o2, t2) : [];
      });
      function Xp(e2, t2) {
        return e2 == null ? "" : Jc.call(e2, t2);
      }
      function Le(e2) {
        var t2 = e2 == null ? 0 : e2.length;
        return t2 ? e2[t2 - 1] : o2;
      }
      function Qp(e2, t2, n2) {
        var i = e2 == null ? 0 : e2.length;
        if (!i)
          return -1;
        var u = i;
        return n2 !== o2 && (u = O(n2), u = u < 0 ? oe(i + u, 0) : de(u, i - 1)), t2 === t2 ? Ec(e2, t2, u) : On(e2, Oi, u, true);
      }
      function ed(e2, t2) {
        return e2 && e2.length ? lo(e2, O(t2)) : o2;
      }
      var td = D(tu);
      function tu(e2, t2) {
        return e2 && e2.length && t2 && t2.length ? oa2(e2, t2) : e2;
      }
      function nd(e2, t2, n2) {
        return e2 && e2.length && t2 && t2.length ? oa2(e2, t2, A(n2, 2)) : e2;
      }
      function rd(e2, t2, n2) {
        return e2 && e2.length && t2 && t2.length ? oa2(e2, t2, o2, n2) : e2;
      }
      var ad = it(function(e2, t2) {
        var n2 = e2 == null ? 0 : e2.length, i = Xr(e2, t2);
        return ho(e2, Y(t2, function(u) {
          return ot(u, n2) ? +u : u;
        }).sort(Io)), i;
      });
      function id(e2, t2) {
        var n2 = [];
        if (!(e2 && e2.length))
          return n2;
        var i = -1, u = [], c = e2.length;
        for (t2 = A(t2, 3); ++i < c; ) {
          var p = e2[i];
          t2(p, i, e2) && (n2.push(p), u.push(i));
        }
        return ho(e2, u), n2;
      }
      function Ta(e2) {
        return e2 == null ? e2 : Xc.call(e2);
      }
      function od(e2, t2, n2) {
        var i = e2 == null ? 0 : e2.length;
        return i ? (n2 && typeof n2 != "number" && ge(e2, t2, n2) ? (t2 = 0, n2 = i) : (t2 = t2 == null ? 0 : O(t2), n2 = n2 === o2 ? i : O(n2)), Oe(e2, t2, n2)) : [];
      }
      function ud(e2, t2) {
        return Qn(e2, t2);
      }
      function sd(e2, t2, n2) {
        return ca(e2, t2, A(n2, 2));
      }
      function cd(e2, t2) {
        var n2 = e2 == null ? 0 : e2.length;
        if (n2) {
          var i = Qn(e2, t2);
          if (i < n2 && $e(e2[i], t2))
            return i;
        }
        return -1;
      }
      function ld(e2, t2) {
        return Qn(e2, t2, true);
      }
      function pd(e2, t2, n2) {
        return ca(e2, t2, A(n2, 2), true);
      }
      function dd(e2, t2) {
        var n2 = e2 == null ? 0 : e2.length;
        if (n2) {
          var i = Qn(e2, t2, true) - 1;
          if ($e(e2[i], t2))
            return i;
        }
        return -1;
      }
      function fd(e2) {
        return e2 && e2.length ? _o(e2) : [];
      }
      function hd(e2, t2) {
        return e2 && e2.length ? _o(e2, A(t2, 2)) : [];
      }
      function gd(e2) {
        var t2 = e2 == null ? 0 : e2.length;
        return t2 ? Oe(e2, 1, t2) : [];
      }
      function _d(e2, t2, n2) {
        return e2 && e2.length ? (t2 = n2 || t2 === o2 ? 1 : O(t2), Oe(e2, 0, t2 < 0 ? 0 : t2)) : [];
      }
      function wd(e2, t2, n2) {
        var i = e2 == null ? 0 : e2.length;
        return i ? (t2 = n2 || t2 === o2 ? 1 : O(t2), t2 = i - t2, Oe(e2, t2 < 0 ? 0 : t2, i)) : [];
      }
      function vd(e2, t2) {
        return e2 && e2.length ? er(e2, A(t2, 3), false, true) : [];
      }
      function yd(e2, t2) {
        return e2 && e2.length ? er(e2, A(t2, 3)) : [];
      }
      var md = D(function(e2) {
        return vt(pe(e2, 1, ne, true));
      }), bd = D(function(e2) {
        var t2 = Le(e2);
        return ne(t2) && (t2 = o2), vt(pe(e2, 1, ne, true), A(t2, 2));
      }), Rd = D(function(e2) {
        var t2 = Le(e2);
        return t2 = typeof t2 == "function" ? t2 : o2, vt(pe(e2, 1, ne, true), o2, t2);
      });
      function kd(e2) {
        return e2 && e2.length ? vt(e2) : [];
      }
      function Id(e2, t2) {
        return e2 && e2.length ? vt(e2, A(t2, 2)) : [];
      }
      function Sd(e2, t2) {
        return t2 = typeof t2 == "function" ? t2 : o2, e2 && e2.length ? vt(e2, o2, t2) : [];
      }
      function Ca(e2) {
        if (!(e2 && e2.length))
          return [];
        var t2 = 0;
        return e2 = ft(e2, function(n2) {
          if (ne(n2))
            return t2 = oe(n2.length, t2), true;
        }), Gr(t2, function(n2) {
          return Y(e2, Br(n2));
        });
      }
      function nu(e2, t2) {
        if (!(e2 && e2.length))
          return [];
        var n2 = Ca(e2);
        return t2 == null ? n2 : Y(n2, function(i) {
          return be(t2, o2, i);
        });
      }
      var Td = D(function(e2, t2) {
        return ne(e2) ? gn(e2, t2) : [];
      }), Cd = D(function(e2) {
        return pa(ft(e2, ne));
      }), Ad = D(function(e2) {
        var t2 = Le(e2);
        return ne(t2) && (t2 = o2), pa(ft(e2, ne), A(t2, 2));
      }), qd = D(function(e2) {
        var t2 = Le(e2);
        return t2 = typeof t2 == "function" ? t2 : o2, pa(ft(e2, ne), o2, t2);
      }), Pd = D(Ca);
      function xd(e2, t2) {
        return mo(e2 || [], t2 || [], hn);
      }
      function Ed(e2, t2) {
        return mo(e2 || [], t2 || [], vn);
      }
      var Od = D(function(e2) {
        var t2 = e2.length, n2 = t2 > 1 ? e2[t2 - 1] : o2;
        return n2 = typeof n2 == "function" ? (e2.pop(), n2) : o2, nu(e2, n2);
      });
      function ru(e2) {
        var t2 = s(e2);
        return t2.__chain__ = true, t2;
      }
      function Ld(e2, t2) {
        return t2(e2), e2;
      }
      function cr(e2, t2) {
        return t2(e2);
      }
      var Dd = it(function(e2) {
        var t2 = e2.length, n2 = t2 ? e2[0] : 0, i = this.__wrapped__, u = function(c) {
          return Xr(c, e2);
        };
        return t2 > 1 || this.__actions__.length || !(i instanceof U) || !ot(n2) ? this.thru(u) : (i = i.slice(n2, +n2 + (t2 ? 1 : 0)), i.__actions__.push({
          func: cr,
          args: [u],
          thisArg: o2
        }), new xe(i, this.__chain__).thru(function(c) {
          return t2 && !c.length && c.push(o2), c;
        }));
      });
      function jd() {
        return ru(this);
      }
      function Ud() {
        return new xe(this.value(), this.__chain__);
      }
      function Wd() {
        this.__values__ === o2 && (this.__values__ = wu(this.value()));
        var e2 = this.__index__ >= this.__values__.length, t2 = e2 ? o2 : this.__values__[this.__index__++];
        return { done: e2, value: t2 };
      }
      function Fd() {
        return this;
      }
      function Md(e2) {
        for (var t2, n2 = this; n2 instanceof Jn; ) {
          var i = Zo(n2);
          i.__index__ = 0, i.__values__ = o2, t2 ? u.__wrapped__ = i : t2 = i;
          var u = i;
          n2 = n2.__wrapped__;
        }
        return u.__wrapped__ = e2, t2;
      }
      function Bd() {
        var e2 = this.__wrapped__;
        if (e2 instanceof U) {
          var t2 = e2;
          return this.__actions__.length && (t2 = new U(this)), t2 = t2.reverse(), t2.__actions__.push({
            func: cr,
            args: [Ta],
            thisArg: o2
          }), new xe(t2, this.__chain__);
        }
        return this.thru(Ta);
      }
      function Nd() {
        return yo(this.__wrapped__, this.__actions__);
      }
      var zd = tr(function(e2, t2, n2) {
        N.call(e2, n2) ? ++e2[n2] : rt(e2, n2, 1);
      });
      function Gd(e2, t2, n2) {
        var i = E(e2) ? xi : Ll;
        return n2 && ge(e2, t2, n2) && (t2 = o2), i(e2, A(t2, 3));
      }
      function $d(e2, t2) {
        var n2 = E(e2) ? ft : to;
        return n2(e2, A(t2, 3));
      }
      var Kd = Po(Yo), Hd = Po(Xo);
      function Jd(e2, t2) {
        return pe(lr(e2, t2), 1);
      }
      function Vd(e2, t2) {
        return pe(lr(e2, t2), Tt);
      }
      function Zd(e2, t2, n2) {
        return n2 = n2 === o2 ? 1 : O(n2), pe(lr(e2, t2), n2);
      }
      function au(e2, t2) {
        var n2 = E(e2) ? qe : wt;
        return n2(e2, A(t2, 3));
      }
      function iu(e2, t2) {
        var n2 = E(e2) ? gc : eo;
        return n2(e2, A(t2, 3));
      }
      var Yd = tr(function(e2, t2, n2) {
        N.call(e2, n2) ? e2[n2].push(t2) : rt(e2, n2, [t2]);
      });
      function Xd(e2, t2, n2, i) {
        e2 = ve(e2) ? e2 : Yt(e2), n2 = n2 && !i ? O(n2) : 0;
        var u = e2.length;
        return n2 < 0 && (n2 = oe(u + n2, 0)), gr(e2) ? n2 <= u && e2.indexOf(t2, n2) > -1 : !!u && Ft(e2, t2, n2) > -1;
      }
      var Qd = D(function(e2, t2, n2) {
        var i = -1, u = typeof t2 == "function", c = ve(e2) ? v(e2.length) : [];
        return wt(e2, function(p) {
          c[++i] = u ? be(t2, p, n2) : _n(p, t2, n2);
        }), c;
      }), ef = tr(function(e2, t2, n2) {
        rt(e2, n2, t2);
      });
      function lr(e2, t2) {
        var n2 = E(e2) ? Y : uo;
        return n2(e2, A(t2, 3));
      }
      function tf(e2, t2, n2, i) {
        return e2 == null ? [] : (E(t2) || (t2 = t2 == null ? [] : [t2]), n2 = i ? o2 : n2, E(n2) || (n2 = n2 == null ? [] : [n2]), po(e2, t2, n2));
      }
      var nf = tr(function(e2, t2, n2) {
        e2[n2 ? 0 : 1].push(t2);
      }, function() {
        return [[], []];
      });
      function rf(e2, t2, n2) {
        var i = E(e2) ? Fr : Di, u = arguments.length < 3;
        return i(e2, A(t2, 4), n2, u, wt);
      }
      function af(e2, t2, n2) {
        var i = E(e2) ? _c : Di, u = arguments.length < 3;
        return i(e2, A(t2, 4), n2, u, eo);
      }
      function of(e2, t2) {
        var n2 = E(e2) ? ft : to;
        return n2(e2, fr(A(t2, 3)));
      }
      function uf(e2) {
        var t2 = E(e2) ? Zi : Xl;
        return t2(e2);
      }
      function sf(e2, t2, n2) {
        (n2 ? ge(e2, t2, n2) : t2 === o2) ? t2 = 1 : t2 = O(t2);
        var i = E(e2) ? ql : Ql;
        return i(e2, t2);
      }
      function cf(e2) {
        var t2 = E(e2) ? Pl : tp;
        return t2(e2);
      }
      function lf(e2) {
        if (e2 == null)
          return 0;
        if (ve(e2))
          return gr(e2) ? Bt(e2) : e2.length;
        var t2 = fe(e2);
        return t2 == Be || t2 == Ne ? e2.size : aa(e2).length;
      }
      function pf(e2, t2, n2) {
        var i = E(e2) ? Mr : np;
        return n2 && ge(e2, t2, n2) && (t2 = o2), i(e2, A(t2, 3));
      }
      var df = D(function(e2, t2) {
        if (e2 == null)
          return [];
        var n2 = t2.length;
        return n2 > 1 && ge(e2, t2[0], t2[1]) ? t2 = [] : n2 > 2 && ge(t2[0], t2[1], t2[2]) && (t2 = [t2[0]]), po(e2, pe(t2, 1), []);
      }), pr = $c || function() {
        return le.Date.now();
      };
      function ff(e2, t2) {
        if (typeof t2 != "function")
          throw new Pe(w);
        return e2 = O(e2), function() {
          if (--e2 < 1)
            return t2.apply(this, arguments);
        };
      }
      function ou(e2, t2, n2) {
        return t2 = n2 ? o2 : t2, t2 = e2 && t2 == null ? e2.length : t2, at(e2, Me, o2, o2, o2, o2, t2);
      }
      function uu(e2, t2) {
        var n2;
        if (typeof t2 != "function")
          throw new Pe(w);
        return e2 = O(e2), function() {
          return --e2 > 0 && (n2 = t2.apply(this, arguments)), e2 <= 1 && (t2 = o2), n2;
        };
      }
      var Aa = D(function(e2, t2, n2) {
        var i = M;
        if (n2.length) {
          var u = gt(n2, Vt(Aa));
          i |= Ce;
        }
        return at(e2, i, t2, n2, u);
      }), su = D(function(e2, t2, n2) {
        var i = M | Z;
        if (n2.length) {
          var u = gt(n2, Vt(su));
          i |= Ce;
        }
        return at(t2, i, e2, n2, u);
      });
      function cu(e2, t2, n2) {
        t2 = n2 ? o2 : t2;
        var i = at(e2, ce, o2, o2, o2, o2, o2, t2);
        return i.placeholder = cu.placeholder, i;
      }
      function lu(e2, t2, n2) {
        t2 = n2 ? o2 : t2;
        var i = at(e2, Fe, o2, o2, o2, o2, o2, t2);
        return i.placeholder = lu.placeholder, i;
      }
      function pu(e2, t2, n2) {
        var i, u, c, p, d, g, m = 0, b = false, R = false, k = true;
        if (typeof e2 != "function")
          throw new Pe(w);
        t2 = De(t2) || 0, ee(n2) && (b = !!n2.leading, R = "maxWait" in n2, c = R ? oe(De(n2.maxWait) || 0, t2) : c, k = "trailing" in n2 ? !!n2.trailing : k);
        function C(re) {
          var Ke = i, ct = u;
          return i = u = o2, m = re, p = e2.apply(ct, Ke), p;
        }
        function q(re) {
          return m = re, d = bn(j, t2), b ? C(re) : p;
        }
        function L(re) {
          var Ke = re - g, ct = re - m, Pu = t2 - Ke;
          return R ? de(Pu, c - ct) : Pu;
        }
        function P(re) {
          var Ke = re - g, ct = re - m;
          return g === o2 || Ke >= t2 || Ke < 0 || R && ct >= c;
        }
        function j() {
          var re = pr();
          if (P(re))
            return W(re);
          d = bn(j, L(re));
        }
        function W(re) {
          return d = o2, k && i ? C(re) : (i = u = o2, p);
        }
        function Se() {
          d !== o2 && bo(d), m = 0, i = g = u = d = o2;
        }
        function _e() {
          return d === o2 ? p : W(pr());
        }
        function Te() {
          var re = pr(), Ke = P(re);
          if (i = arguments, u = this, g = re, Ke) {
            if (d === o2)
              return q(g);
            if (R)
              return bo(d), d = bn(j, t2), C(g);
          }
          return d === o2 && (d = bn(j, t2)), p;
        }
        return Te.cancel = Se, Te.flush = _e, Te;
      }
      var hf = D(function(e2, t2) {
        return Qi(e2, 1, t2);
      }), gf = D(function(e2, t2, n2) {
        return Qi(e2, De(t2) || 0, n2);
      });
      function _f(e2) {
        return at(e2, Qt);
      }
      function dr(e2, t2) {
        if (typeof e2 != "function" || t2 != null && typeof t2 != "function")
          throw new Pe(w);
        var n2 = function() {
          var i = arguments, u = t2 ? t2.apply(this, i) : i[0], c = n2.cache;
          if (c.has(u))
            return c.get(u);
          var p = e2.apply(this, i);
          return n2.cache = c.set(u, p) || c, p;
        };
        return n2.cache = new (dr.Cache || nt2)(), n2;
      }
      dr.Cache = nt2;
      function fr(e2) {
        if (typeof e2 != "function")
          throw new Pe(w);
        return function() {
          var t2 = arguments;
          switch (t2.length) {
            case 0:
              return !e2.call(this);
            case 1:
              return !e2.call(this, t2[0]);
            case 2:
              return !e2.call(this, t2[0], t2[1]);
            case 3:
              return !e2.call(this, t2[0], t2[1], t2[2]);
          }
          return !e2.apply(this, t2);
        };
      }
      function wf(e2) {
        return uu(2, e2);
      }
      var vf = rp(function(e2, t2) {
        t2 = t2.length == 1 && E(t2[0]) ? Y(t2[0], Re(A())) : Y(pe(t2, 1), Re(A()));
        var n2 = t2.length;
        return D(function(i) {
          for (var u = -1, c = de(i.length, n2); ++u < c; )
            i[u] = t2[u].call(this, i[u]);
          return be(e2, this, i);
        });
      }), qa = D(function(e2, t2) {
        var n2 = gt(t2, Vt(qa));
        return at(e2, Ce, o2, t2, n2);
      }), du = D(function(e2, t2) {
        var n2 = gt(t2, Vt(du));
        return at(e2, pt, o2, t2, n2);
      }), yf = it(function(e2, t2) {
        return at(e2, St, o2, o2, o2, t2);
      });
      function mf(e2, t2) {
        if (typeof e2 != "function")
          throw new Pe(w);
        return t2 = t2 === o2 ? t2 : O(t2), D(e2, t2);
      }
      function bf(e2, t2) {
        if (typeof e2 != "function")
          throw new Pe(w);
        return t2 = t2 == null ? 0 : oe(O(t2), 0), D(function(n2) {
          var i = n2[t2], u = mt(n2, 0, t2);
          return i && ht(u, i), be(e2, this, u);
        });
      }
      function Rf(e2, t2, n2) {
        var i = true, u = true;
        if (typeof e2 != "function")
          throw new Pe(w);
        return ee(n2) && (i = "leading" in n2 ? !!n2.leading : i, u = "trailing" in n2 ? !!n2.trailing : u), pu(e2, t2, {
          leading: i,
          maxWait: t2,
          trailing: u
        });
      }
      function kf(e2) {
        return ou(e2, 1);
      }
      function If(e2, t2) {
        return qa(fa(t2), e2);
      }
      function Sf() {
        if (!arguments.length)
          return [];
        var e2 = arguments[0];
        return E(e2) ? e2 : [e2];
      }
      function Tf(e2) {
        return Ee(e2, Q);
      }
      function Cf(e2, t2) {
        return t2 = typeof t2 == "function" ? t2 : o2, Ee(e2, Q, t2);
      }
      function Af(e2) {
        return Ee(e2, se | Q);
      }
      function qf(e2, t2) {
        return t2 = typeof t2 == "function" ? t2 : o2, Ee(e2, se | Q, t2);
      }
      function Pf(e2, t2) {
        return t2 == null || Xi(e2, t2, ue(t2));
      }
      function $e(e2, t2) {
        return e2 === t2 || e2 !== e2 && t2 !== t2;
      }
      var xf = ir(ta), Ef = ir(function(e2, t2) {
        return e2 >= t2;
      }), Dt = ao(/* @__PURE__ */ (function() {
        return arguments;
      })()) ? ao : function(e2) {
        return te(e2) && N.call(e2, "callee") && !Gi.call(e2, "callee");
      }, E = v.isArray, Of = Si ? Re(Si) : Ml;
      function ve(e2) {
        return e2 != null && hr(e2.length) && !ut(e2);
      }
      function ne(e2) {
        return te(e2) && ve(e2);
      }
      function Lf(e2) {
        return e2 === true || e2 === false || te(e2) && he(e2) == en;
      }
      var bt = Hc || Ma, Df = Ti ? Re(Ti) : Bl;
      function jf(e2) {
        return te(e2) && e2.nodeType === 1 && !Rn(e2);
      }
      function Uf(e2) {
        if (e2 == null)
          return true;
        if (ve(e2) && (E(e2) || typeof e2 == "string" || typeof e2.splice == "function" || bt(e2) || Zt(e2) || Dt(e2)))
          return !e2.length;
        var t2 = fe(e2);
        if (t2 == Be || t2 == Ne)
          return !e2.size;
        if (mn(e2))
          return !aa(e2).length;
        for (var n2 in e2)
          if (N.call(e2, n2))
            return false;
        return true;
      }
      function Wf(e2, t2) {
        return wn(e2, t2);
      }
      function Ff(e2, t2, n2) {
        n2 = typeof n2 == "function" ? n2 : o2;
        var i = n2 ? n2(e2, t2) : o2;
        return i === o2 ? wn(e2, t2, o2, n2) : !!i;
      }
      function Pa(e2) {
        if (!te(e2))
          return false;
        var t2 = he(e2);
        return t2 == Tn || t2 == us || typeof e2.message == "string" && typeof e2.name == "string" && !Rn(e2);
      }
      function Mf(e2) {
        return typeof e2 == "number" && Ki(e2);
      }
      function ut(e2) {
        if (!ee(e2))
          return false;
        var t2 = he(e2);
        return t2 == Cn || t2 == Qa || t2 == os || t2 == cs;
      }
      function fu(e2) {
        return typeof e2 == "number" && e2 == O(e2);
      }
      function hr(e2) {
        return typeof e2 == "number" && e2 > -1 && e2 % 1 == 0 && e2 <= dt;
      }
      function ee(e2) {
        var t2 = typeof e2;
        return e2 != null && (t2 == "object" || t2 == "function");
      }
      function te(e2) {
        return e2 != null && typeof e2 == "object";
      }
      var hu = Ci ? Re(Ci) : zl;
      function Bf(e2, t2) {
        return e2 === t2 || ra(e2, t2, ma(t2));
      }
      function Nf(e2, t2, n2) {
        return n2 = typeof n2 == "function" ? n2 : o2, ra(e2, t2, ma(t2), n2);
      }
      function zf(e2) {
        return gu(e2) && e2 != +e2;
      }
      function Gf(e2) {
        if (Tp(e2))
          throw new x(_);
        return io(e2);
      }
      function $f(e2) {
        return e2 === null;
      }
      function Kf(e2) {
        return e2 == null;
      }
      function gu(e2) {
        return typeof e2 == "number" || te(e2) && he(e2) == nn;
      }
      function Rn(e2) {
        if (!te(e2) || he(e2) != et)
          return false;
        var t2 = Bn(e2);
        if (t2 === null)
          return true;
        var n2 = N.call(t2, "constructor") && t2.constructor;
        return typeof n2 == "function" && n2 instanceof n2 && Un.call(n2) == Bc;
      }
      var xa = Ai ? Re(Ai) : Gl;
      function Hf(e2) {
        return fu(e2) && e2 >= -dt && e2 <= dt;
      }
      var _u = qi ? Re(qi) : $l;
      function gr(e2) {
        return typeof e2 == "string" || !E(e2) && te(e2) && he(e2) == an;
      }
      function Ie(e2) {
        return typeof e2 == "symbol" || te(e2) && he(e2) == An;
      }
      var Zt = Pi ? Re(Pi) : Kl;
      function Jf(e2) {
        return e2 === o2;
      }
      function Vf(e2) {
        return te(e2) && fe(e2) == on;
      }
      function Zf(e2) {
        return te(e2) && he(e2) == ps;
      }
      var Yf = ir(ia), Xf = ir(function(e2, t2) {
        return e2 <= t2;
      });
      function wu(e2) {
        if (!e2)
          return [];
        if (ve(e2))
          return gr(e2) ? ze(e2) : we(e2);
        if (cn && e2[cn])
          return qc(e2[cn]());
        var t2 = fe(e2), n2 = t2 == Be ? Kr : t2 == Ne ? Ln : Yt;
        return n2(e2);
      }
      function st(e2) {
        if (!e2)
          return e2 === 0 ? e2 : 0;
        if (e2 = De(e2), e2 === Tt || e2 === -Tt) {
          var t2 = e2 < 0 ? -1 : 1;
          return t2 * ns;
        }
        return e2 === e2 ? e2 : 0;
      }
      function O(e2) {
        var t2 = st(e2), n2 = t2 % 1;
        return t2 === t2 ? n2 ? t2 - n2 : t2 : 0;
      }
      function vu(e2) {
        return e2 ? xt(O(e2), 0, Je) : 0;
      }
      function De(e2) {
        if (typeof e2 == "number")
          return e2;
        if (Ie(e2))
          return In;
        if (ee(e2)) {
          var t2 = typeof e2.valueOf == "function" ? e2.valueOf() : e2;
          e2 = ee(t2) ? t2 + "" : t2;
        }
        if (typeof e2 != "string")
          return e2 === 0 ? e2 : +e2;
        e2 = ji(e2);
        var n2 = Es.test(e2);
        return n2 || Ls.test(e2) ? dc(e2.slice(2), n2 ? 2 : 8) : xs.test(e2) ? In : +e2;
      }
      function yu(e2) {
        return Ze(e2, ye(e2));
      }
      function Qf(e2) {
        return e2 ? xt(O(e2), -dt, dt) : e2 === 0 ? e2 : 0;
      }
      function B(e2) {
        return e2 == null ? "" : ke(e2);
      }
      var eh = Ht(function(e2, t2) {
        if (mn(t2) || ve(t2)) {
          Ze(t2, ue(t2), e2);
          return;
        }
        for (var n2 in t2)
          N.call(t2, n2) && hn(e2, n2, t2[n2]);
      }), mu = Ht(function(e2, t2) {
        Ze(t2, ye(t2), e2);
      }), _r = Ht(function(e2, t2, n2, i) {
        Ze(t2, ye(t2), e2, i);
      }), th = Ht(function(e2, t2, n2, i) {
        Ze(t2, ue(t2), e2, i);
      }), nh = it(Xr);
      function rh(e2, t2) {
        var n2 = Kt(e2);
        return t2 == null ? n2 : Yi(n2, t2);
      }
      var ah = D(function(e2, t2) {
        e2 = $(e2);
        var n2 = -1, i = t2.length, u = i > 2 ? t2[2] : o2;
        for (u && ge(t2[0], t2[1], u) && (i = 1); ++n2 < i; )
          for (var c = t2[n2], p = ye(c), d = -1, g = p.length; ++d < g; ) {
            var m = p[d], b = e2[m];
            (b === o2 || $e(b, zt[m]) && !N.call(e2, m)) && (e2[m] = c[m]);
          }
        return e2;
      }), ih = D(function(e2) {
        return e2.push(o2, Uo), be(bu, o2, e2);
      });
      function oh(e2, t2) {
        return Ei(e2, A(t2, 3), Ve);
      }
      function uh(e2, t2) {
        return Ei(e2, A(t2, 3), ea);
      }
      function sh(e2, t2) {
        return e2 == null ? e2 : Qr(e2, A(t2, 3), ye);
      }
      function ch(e2, t2) {
        return e2 == null ? e2 : no(e2, A(t2, 3), ye);
      }
      function lh(e2, t2) {
        return e2 && Ve(e2, A(t2, 3));
      }
      function ph(e2, t2) {
        return e2 && ea(e2, A(t2, 3));
      }
      function dh(e2) {
        return e2 == null ? [] : Yn(e2, ue(e2));
      }
      function fh(e2) {
        return e2 == null ? [] : Yn(e2, ye(e2));
      }
      function Ea(e2, t2, n2) {
        var i = e2 == null ? o2 : Et(e2, t2);
        return i === o2 ? n2 : i;
      }
      function hh(e2, t2) {
        return e2 != null && Mo(e2, t2, jl);
      }
      function Oa(e2, t2) {
        return e2 != null && Mo(e2, t2, Ul);
      }
      var gh = Eo(function(e2, t2, n2) {
        t2 != null && typeof t2.toString != "function" && (t2 = Wn.call(t2)), e2[t2] = n2;
      }, Da(me)), _h = Eo(function(e2, t2, n2) {
        t2 != null && typeof t2.toString != "function" && (t2 = Wn.call(t2)), N.call(e2, t2) ? e2[t2].push(n2) : e2[t2] = [n2];
      }, A), wh = D(_n);
      function ue(e2) {
        return ve(e2) ? Vi(e2) : aa(e2);
      }
      function ye(e2) {
        return ve(e2) ? Vi(e2, true) : Hl(e2);
      }
      function vh(e2, t2) {
        var n2 = {};
        return t2 = A(t2, 3), Ve(e2, function(i, u, c) {
          rt(n2, t2(i, u, c), i);
        }), n2;
      }
      function yh(e2, t2) {
        var n2 = {};
        return t2 = A(t2, 3), Ve(e2, function(i, u, c) {
          rt(n2, u, t2(i, u, c));
        }), n2;
      }
      var mh = Ht(function(e2, t2, n2) {
        Xn(e2, t2, n2);
      }), bu = Ht(function(e2, t2, n2, i) {
        Xn(e2, t2, n2, i);
      }), bh = it(function(e2, t2) {
        var n2 = {};
        if (e2 == null)
          return n2;
        var i = false;
        t2 = Y(t2, function(c) {
          return c = yt(c, e2), i || (i = c.length > 1), c;
        }), Ze(e2, va(e2), n2), i && (n2 = Ee(n2, se | Qe | Q, hp));
        for (var u = t2.length; u--; )
          la(n2, t2[u]);
        return n2;
      });
      function Rh(e2, t2) {
        return Ru(e2, fr(A(t2)));
      }
      var kh = it(function(e2, t2) {
        return e2 == null ? {} : Vl(e2, t2);
      });
      function Ru(e2, t2) {
        if (e2 == null)
          return {};
        var n2 = Y(va(e2), function(i) {
          return [i];
        });
        return t2 = A(t2), fo(e2, n2, function(i, u) {
          return t2(i, u[0]);
        });
      }
      function Ih(e2, t2, n2) {
        t2 = yt(t2, e2);
        var i = -1, u = t2.length;
        for (u || (u = 1, e2 = o2); ++i < u; ) {
          var c = e2 == null ? o2 : e2[Ye(t2[i])];
          c === o2 && (i = u, c = n2), e2 = ut(c) ? c.call(e2) : c;
        }
        return e2;
      }
      function Sh(e2, t2, n2) {
        return e2 == null ? e2 : vn(e2, t2, n2);
      }
      function Th(e2, t2, n2, i) {
        return i = typeof i == "function" ? i : o2, e2 == null ? e2 : vn(e2, t2, n2, i);
      }
      var ku = Do(ue), Iu = Do(ye);
      function Ch(e2, t2, n2) {
        var i = E(e2), u = i || bt(e2) || Zt(e2);
        if (t2 = A(t2, 4), n2 == null) {
          var c = e2 && e2.constructor;
          u ? n2 = i ? new c() : [] : ee(e2) ? n2 = ut(c) ? Kt(Bn(e2)) : {} : n2 = {};
        }
        return (u ? qe : Ve)(e2, function(p, d, g) {
          return t2(n2, p, d, g);
        }), n2;
      }
      function Ah(e2, t2) {
        return e2 == null ? true : la(e2, t2);
      }
      function qh(e2, t2, n2) {
        return e2 == null ? e2 : vo(e2, t2, fa(n2));
      }
      function Ph(e2, t2, n2, i) {
        return i = typeof i == "function" ? i : o2, e2 == null ? e2 : vo(e2, t2, fa(n2), i);
      }
      function Yt(e2) {
        return e2 == null ? [] : $r(e2, ue(e2));
      }
      function xh(e2) {
        return e2 == null ? [] : $r(e2, ye(e2));
      }
      function Eh(e2, t2, n2) {
        return n2 === o2 && (n2 = t2, t2 = o2), n2 !== o2 && (n2 = De(n2), n2 = n2 === n2 ? n2 : 0), t2 !== o2 && (t2 = De(t2), t2 = t2 === t2 ? t2 : 0), xt(De(e2), t2, n2);
      }
      function Oh(e2, t2, n2) {
        return t2 = st(t2), n2 === o2 ? (n2 = t2, t2 = 0) : n2 = st(n2), e2 = De(e2), Wl(e2, t2, n2);
      }
      function Lh(e2, t2, n2) {
        if (n2 && typeof n2 != "boolean" && ge(e2, t2, n2) && (t2 = n2 = o2), n2 === o2 && (typeof t2 == "boolean" ? (n2 = t2, t2 = o2) : typeof e2 == "boolean" && (n2 = e2, e2 = o2)), e2 === o2 && t2 === o2 ? (e2 = 0, t2 = 1) : (e2 = st(e2), t2 === o2 ? (t2 = e2, e2 = 0) : t2 = st(t2)), e2 > t2) {
          var i = e2;
          e2 = t2, t2 = i;
        }
        if (n2 || e2 % 1 || t2 % 1) {
          var u = Hi();
          return de(e2 + u * (t2 - e2 + pc("1e-" + ((u + "").length - 1))), t2);
        }
        return ua(e2, t2);
      }
      var Dh = Jt(function(e2, t2, n2) {
        return t2 = t2.toLowerCase(), e2 + (n2 ? Su(t2) : t2);
      });
      function Su(e2) {
        return La(B(e2).toLowerCase());
      }
      function Tu(e2) {
        return e2 = B(e2), e2 && e2.replace(js, Ic).replace(tc, "");
      }
      function jh(e2, t2, n2) {
        e2 = B(e2), t2 = ke(t2);
        var i = e2.length;
        n2 = n2 === o2 ? i : xt(O(n2), 0, i);
        var u = n2;
        return n2 -= t2.length, n2 >= 0 && e2.slice(n2, u) == t2;
      }
      function Uh(e2) {
        return e2 = B(e2), e2 && _s.test(e2) ? e2.replace(ni, Sc) : e2;
      }
      function Wh(e2) {
        return e2 = B(e2), e2 && Rs.test(e2) ? e2.replace(qr, "\\$&") : e2;
      }
      var Fh = Jt(function(e2, t2, n2) {
        return e2 + (n2 ? "-" : "") + t2.toLowerCase();
      }), Mh = Jt(function(e2, t2, n2) {
        return e2 + (n2 ? " " : "") + t2.toLowerCase();
      }), Bh = qo("toLowerCase");
      function Nh(e2, t2, n2) {
        e2 = B(e2), t2 = O(t2);
        var i = t2 ? Bt(e2) : 0;
        if (!t2 || i >= t2)
          return e2;
        var u = (t2 - i) / 2;
        return ar($n(u), n2) + e2 + ar(Gn(u), n2);
      }
      function zh(e2, t2, n2) {
        e2 = B(e2), t2 = O(t2);
        var i = t2 ? Bt(e2) : 0;
        return t2 && i < t2 ? e2 + ar(t2 - i, n2) : e2;
      }
      function Gh(e2, t2, n2) {
        e2 = B(e2), t2 = O(t2);
        var i = t2 ? Bt(e2) : 0;
        return t2 && i < t2 ? ar(t2 - i, n2) + e2 : e2;
      }
      function $h(e2, t2, n2) {
        return n2 || t2 == null ? t2 = 0 : t2 && (t2 = +t2), Yc(B(e2).replace(Pr, ""), t2 || 0);
      }
      function Kh(e2, t2, n2) {
        return (n2 ? ge(e2, t2, n2) : t2 === o2) ? t2 = 1 : t2 = O(t2), sa(B(e2), t2);
      }
      function Hh() {
        var e2 = arguments, t2 = B(e2[0]);
        return e2.length < 3 ? t2 : t2.replace(e2[1], e2[2]);
      }
      var Jh = Jt(function(e2, t2, n2) {
        return e2 + (n2 ? "_" : "") + t2.toLowerCase();
      });
      function Vh(e2, t2, n2) {
        return n2 && typeof n2 != "number" && ge(e2, t2, n2) && (t2 = n2 = o2), n2 = n2 === o2 ? Je : n2 >>> 0, n2 ? (e2 = B(e2), e2 && (typeof t2 == "string" || t2 != null && !xa(t2)) && (t2 = ke(t2), !t2 && Mt(e2)) ? mt(ze(e2), 0, n2) : e2.split(t2, n2)) : [];
      }
      var Zh = Jt(function(e2, t2, n2) {
        return e2 + (n2 ? " " : "") + La(t2);
      });
      function Yh(e2, t2, n2) {
        return e2 = B(e2), n2 = n2 == null ? 0 : xt(O(n2), 0, e2.length), t2 = ke(t2), e2.slice(n2, n2 + t2.length) == t2;
      }
      function Xh(e2, t2, n2) {
        var i = s.templateSettings;
        n2 && ge(e2, t2, n2) && (t2 = o2), e2 = B(e2), t2 = _r({}, t2, i, jo);
        var u = _r({}, t2.imports, i.imports, jo), c = ue(u), p = $r(u, c), d, g, m = 0, b = t2.interpolate || qn, R = "__p += '", k = Hr(
          (t2.escape || qn).source + "|" + b.source + "|" + (b === ri ? Ps : qn).source + "|" + (t2.evaluate || qn).source + "|$",
          "g"
        ), C = "//# sourceURL=" + (N.call(t2, "sourceURL") ? (t2.sourceURL + "").replace(/\s/g, " ") : "lodash.templateSources[" + ++oc + "]") + `
`;
        e2.replace(k, function(P, j, W, Se, _e, Te) {
          return W || (W = Se), R += e2.slice(m, Te).replace(Us, Tc), j && (d = true, R += `' +
__e(` + j + `) +
'`), _e && (g = true, R += `';
` + _e + `;
__p += '`), W && (R += `' +
((__t = (` + W + `)) == null ? '' : __t) +
'`), m = Te + P.length, P;
        }), R += `';
`;
        var q = N.call(t2, "variable") && t2.variable;
        if (!q)
          R = `with (obj) {
` + R + `
}
`;
        else if (As.test(q))
          throw new x(S);
        R = (g ? R.replace(ds, "") : R).replace(fs, "$1").replace(hs, "$1;"), R = "function(" + (q || "obj") + `) {
` + (q ? "" : `obj || (obj = {});
`) + "var __t, __p = ''" + (d ? ", __e = _.escape" : "") + (g ? `, __j = Array.prototype.join;
function print() { __p += __j.call(arguments, '') }
` : `;
`) + R + `return __p
}`;
        var L = Au(function() {
          return F(c, C + "return " + R).apply(o2, p);
        });
        if (L.source = R, Pa(L))
          throw L;
        return L;
      }
      function Qh(e2) {
        return B(e2).toLowerCase();
      }
      function eg(e2) {
        return B(e2).toUpperCase();
      }
      function tg(e2, t2, n2) {
        if (e2 = B(e2), e2 && (n2 || t2 === o2))
          return ji(e2);
        if (!e2 || !(t2 = ke(t2)))
          return e2;
        var i = ze(e2), u = ze(t2), c = Ui(i, u), p = Wi(i, u) + 1;
        return mt(i, c, p).join("");
      }
      function ng(e2, t2, n2) {
        if (e2 = B(e2), e2 && (n2 || t2 === o2))
          return e2.slice(0, Mi(e2) + 1);
        if (!e2 || !(t2 = ke(t2)))
          return e2;
        var i = ze(e2), u = Wi(i, ze(t2)) + 1;
        return mt(i, 0, u).join("");
      }
      function rg(e2, t2, n2) {
        if (e2 = B(e2), e2 && (n2 || t2 === o2))
          return e2.replace(Pr, "");
        if (!e2 || !(t2 = ke(t2)))
          return e2;
        var i = ze(e2), u = Ui(i, ze(t2));
        return mt(i, u).join("");
      }
      function ag(e2, t2) {
        var n2 = yr, i = Yu;
        if (ee(t2)) {
          var u = "separator" in t2 ? t2.separator : u;
          n2 = "length" in t2 ? O(t2.length) : n2, i = "omission" in t2 ? ke(t2.omission) : i;
        }
        e2 = B(e2);
        var c = e2.length;
        if (Mt(e2)) {
          var p = ze(e2);
          c = p.length;
        }
        if (n2 >= c)
          return e2;
        var d = n2 - Bt(i);
        if (d < 1)
          return i;
        var g = p ? mt(p, 0, d).join("") : e2.slice(0, d);
        if (u === o2)
          return g + i;
        if (p && (d += g.length - d), xa(u)) {
          if (e2.slice(d).search(u)) {
            var m, b = g;
            for (u.global || (u = Hr(u.source, B(ai.exec(u)) + "g")), u.lastIndex = 0; m = u.exec(b); )
              var R = m.index;
            g = g.slice(0, R === o2 ? d : R);
          }
        } else if (e2.indexOf(ke(u), d) != d) {
          var k = g.lastIndexOf(u);
          k > -1 && (g = g.slice(0, k));
        }
        return g + i;
      }
      function ig(e2) {
        return e2 = B(e2), e2 && gs.test(e2) ? e2.replace(ti, Oc) : e2;
      }
      var og = Jt(function(e2, t2, n2) {
        return e2 + (n2 ? " " : "") + t2.toUpperCase();
      }), La = qo("toUpperCase");
      function Cu(e2, t2, n2) {
        return e2 = B(e2), t2 = n2 ? o2 : t2, t2 === o2 ? Ac(e2) ? jc(e2) : yc(e2) : e2.match(t2) || [];
      }
      var Au = D(function(e2, t2) {
        try {
          return be(e2, o2, t2);
        } catch (n2) {
          return Pa(n2) ? n2 : new x(n2);
        }
      }), ug = it(function(e2, t2) {
        return qe(t2, function(n2) {
          n2 = Ye(n2), rt(e2, n2, Aa(e2[n2], e2));
        }), e2;
      });
      function sg(e2) {
        var t2 = e2 == null ? 0 : e2.length, n2 = A();
        return e2 = t2 ? Y(e2, function(i) {
          if (typeof i[1] != "function")
            throw new Pe(w);
          return [n2(i[0]), i[1]];
        }) : [], D(function(i) {
          for (var u = -1; ++u < t2; ) {
            var c = e2[u];
            if (be(c[0], this, i))
              return be(c[1], this, i);
          }
        });
      }
      function cg(e2) {
        return Ol(Ee(e2, se));
      }
      function Da(e2) {
        return function() {
          return e2;
        };
      }
      function lg(e2, t2) {
        return e2 == null || e2 !== e2 ? t2 : e2;
      }
      var pg = xo(), dg = xo(true);
      function me(e2) {
        return e2;
      }
      function ja(e2) {
        return oo(typeof e2 == "function" ? e2 : Ee(e2, se));
      }
      function fg(e2) {
        return so(Ee(e2, se));
      }
      function hg(e2, t2) {
        return co(e2, Ee(t2, se));
      }
      var gg = D(function(e2, t2) {
        return function(n2) {
          return _n(n2, e2, t2);
        };
      }), _g = D(function(e2, t2) {
        return function(n2) {
          return _n(e2, n2, t2);
        };
      });
      function Ua(e2, t2, n2) {
        var i = ue(t2), u = Yn(t2, i);
        n2 == null && !(ee(t2) && (u.length || !i.length)) && (n2 = t2, t2 = e2, e2 = this, u = Yn(t2, ue(t2)));
        var c = !(ee(n2) && "chain" in n2) || !!n2.chain, p = ut(e2);
        return qe(u, function(d) {
          var g = t2[d];
          e2[d] = g, p && (e2.prototype[d] = function() {
            var m = this.__chain__;
            if (c || m) {
              var b = e2(this.__wrapped__), R = b.__actions__ = we(this.__actions__);
              return R.push({ func: g, args: arguments, thisArg: e2 }), b.__chain__ = m, b;
            }
            return g.apply(e2, ht([this.value()], arguments));
          });
        }), e2;
      }
      function wg() {
        return le._ === this && (le._ = Nc), this;
      }
      function Wa() {
      }
      function vg(e2) {
        return e2 = O(e2), D(function(t2) {
          return lo(t2, e2);
        });
      }
      var yg = ga(Y), mg = ga(xi), bg = ga(Mr);
      function qu(e2) {
        return Ra(e2) ? Br(Ye(e2)) : Zl(e2);
      }
      function Rg(e2) {
        return function(t2) {
          return e2 == null ? o2 : Et(e2, t2);
        };
      }
      var kg = Oo(), Ig = Oo(true);
      function Fa() {
        return [];
      }
      function Ma() {
        return false;
      }
      function Sg() {
        return {};
      }
      function Tg() {
        return "";
      }
      function Cg() {
        return true;
      }
      function Ag(e2, t2) {
        if (e2 = O(e2), e2 < 1 || e2 > dt)
          return [];
        var n2 = Je, i = de(e2, Je);
        t2 = A(t2), e2 -= Je;
        for (var u = Gr(i, t2); ++n2 < e2; )
          t2(n2);
        return u;
      }
      function qg(e2) {
        return E(e2) ? Y(e2, Ye) : Ie(e2) ? [e2] : we(Vo(B(e2)));
      }
      function Pg(e2) {
        var t2 = ++Mc;
        return B(e2) + t2;
      }
      var xg = rr(function(e2, t2) {
        return e2 + t2;
      }, 0), Eg = _a("ceil"), Og = rr(function(e2, t2) {
        return e2 / t2;
      }, 1), Lg = _a("floor");
      function Dg(e2) {
        return e2 && e2.length ? Zn(e2, me, ta) : o2;
      }
      function jg(e2, t2) {
        return e2 && e2.length ? Zn(e2, A(t2, 2), ta) : o2;
      }
      function Ug(e2) {
        return Li(e2, me);
      }
      function Wg(e2, t2) {
        return Li(e2, A(t2, 2));
      }
      function Fg(e2) {
        return e2 && e2.length ? Zn(e2, me, ia) : o2;
      }
      function Mg(e2, t2) {
        return e2 && e2.length ? Zn(e2, A(t2, 2), ia) : o2;
      }
      var Bg = rr(function(e2, t2) {
        return e2 * t2;
      }, 1), Ng = _a("round"), zg = rr(function(e2, t2) {
        return e2 - t2;
      }, 0);
      function Gg(e2) {
        return e2 && e2.length ? zr(e2, me) : 0;
      }
      function $g(e2, t2) {
        return e2 && e2.length ? zr(e2, A(t2, 2)) : 0;
      }
      return s.after = ff, s.ary = ou, s.assign = eh, s.assignIn = mu, s.assignInWith = _r, s.assignWith = th, s.at = nh, s.before = uu, s.bind = Aa, s.bindAll = ug, s.bindKey = su, s.castArray = Sf, s.chain = ru, s.chunk = Op, s.compact = Lp, s.concat = Dp, s.cond = sg, s.conforms = cg, s.constant = Da, s.countBy = zd, s.create = rh, s.curry = cu, s.curryRight = lu, s.debounce = pu, s.defaults = ah, s.defaultsDeep = ih, s.defer = hf, s.delay = gf, s.difference = jp, s.differenceBy = Up, s.differenceWith = Wp, s.drop = Fp, s.dropRight = Mp, s.dropRightWhile = Bp, s.dropWhile = Np, s.fill = zp, s.filter = $d, s.flatMap = Jd, s.flatMapDeep = Vd, s.flatMapDepth = Zd, s.flatten = Qo, s.flattenDeep = Gp, s.flattenDepth = $p, s.flip = _f, s.flow = pg, s.flowRight = dg, s.fromPairs = Kp, s.functions = dh, s.functionsIn = fh, s.groupBy = Yd, s.initial = Jp, s.intersection = Vp, s.intersectionBy = Zp, s.intersectionWith = Yp, s.invert = gh, s.invertBy = _h, s.invokeMap = Qd, s.iteratee = ja, s.keyBy = ef, s.keys = ue, s.keysIn = ye, s.map = lr, s.mapKeys = vh, s.mapValues = yh, s.matches = fg, s.matchesProperty = hg, s.memoize = dr, s.merge = mh, s.mergeWith = bu, s.method = gg, s.methodOf = _g, s.mixin = Ua, s.negate = fr, s.nthArg = vg, s.omit = bh, s.omitBy = Rh, s.once = wf, s.orderBy = tf, s.over = yg, s.overArgs = vf, s.overEvery = mg, s.overSome = bg, s.partial = qa, s.partialRight = du, s.partition = nf, s.pick = kh, s.pickBy = Ru, s.property = qu, s.propertyOf = Rg, s.pull = td, s.pullAll = tu, s.pullAllBy = nd, s.pullAllWith = rd, s.pullAt = ad, s.range = kg, s.rangeRight = Ig, s.rearg = yf, s.reject = of, s.remove = id, s.rest = mf, s.reverse = Ta, s.sampleSize = sf, s.set = Sh, s.setWith = Th, s.shuffle = cf, s.slice = od, s.sortBy = df, s.sortedUniq = fd, s.sortedUniqBy = hd, s.split = Vh, s.spread = bf, s.tail = gd, s.take = _d, s.takeRight = wd, s.takeRightWhile = vd, s.takeWhile = yd, s.tap = Ld, s.throttle = Rf, s.thru = cr, s.toArray = wu, s.toPairs = ku, s.toPairsIn = Iu, s.toPath = qg, s.toPlainObject = yu, s.transform = Ch, s.unary = kf, s.union = md, s.unionBy = bd, s.unionWith = Rd, s.uniq = kd, s.uniqBy = Id, s.uniqWith = Sd, s.unset = Ah, s.unzip = Ca, s.unzipWith = nu, s.update = qh, s.updateWith = Ph, s.values = Yt, s.valuesIn = xh, s.without = Td, s.words = Cu, s.wrap = If, s.xor = Cd, s.xorBy = Ad, s.xorWith = qd, s.zip = Pd, s.zipObject = xd, s.zipObjectDeep = Ed, s.zipWith = Od, s.entries = ku, s.entriesIn = Iu, s.extend = mu, s.extendWith = _r, Ua(s, s), s.add = xg, s.attempt = Au, s.camelCase = Dh, s.capitalize = Su, s.ceil = Eg, s.clamp = Eh, s.clone = Tf, s.cloneDeep = Af, s.cloneDeepWith = qf, s.cloneWith = Cf, s.conformsTo = Pf, s.deburr = Tu, s.defaultTo = lg, s.divide = Og, s.endsWith = jh, s.eq = $e, s.escape = Uh, s.escapeRegExp = Wh, s.every = Gd, s.find = Kd, s.findIndex = Yo, s.findKey = oh, s.findLast = Hd, s.findLastIndex = Xo, s.findLastKey = uh, s.floor = Lg, s.forEach = au, s.forEachRight = iu, s.forIn = sh, s.forInRight = ch, s.forOwn = lh, s.forOwnRight = ph, s.get = Ea, s.gt = xf, s.gte = Ef, s.has = hh, s.hasIn = Oa, s.head = eu, s.identity = me, s.includes = Xd, s.indexOf = Hp, s.inRange = Oh, s.invoke = wh, s.isArguments = Dt, s.isArray = E, s.isArrayBuffer = Of, s.isArrayLike = ve, s.isArrayLikeObject = ne, s.isBoolean = Lf, s.isBuffer = bt, s.isDate = Df, s.isElement = jf, s.isEmpty = Uf, s.isEqual = Wf, s.isEqualWith = Ff, s.isError = Pa, s.isFinite = Mf, s.isFunction = ut, s.isInteger = fu, s.isLength = hr, s.isMap = hu, s.isMatch = Bf, s.isMatchWith = Nf, s.isNaN = zf, s.isNative = Gf, s.isNil = Kf, s.isNull = $f, s.isNumber = gu, s.isObject = ee, s.isObjectLike = te, s.isPlainObject = Rn, s.isRegExp = xa, s.isSafeInteger = Hf, s.isSet = _u, s.isString = gr, s.isSymbol = Ie, s.isTypedArray = Zt, s.isUndefined = Jf, s.isWeakMap = Vf, s.isWeakSet = Zf, s.join = Xp, s.kebabCase = Fh, s.last = Le, s.lastIndexOf = Qp, s.lowerCase = Mh, s.lowerFirst = Bh, s.lt = Yf, s.lte = Xf, s.max = Dg, s.maxBy = jg, s.mean = Ug, s.meanBy = Wg, s.min = Fg, s.minBy = Mg, s.stubArray = Fa, s.stubFalse = Ma, s.stubObject = Sg, s.stubString = Tg, s.stubTrue = Cg, s.multiply = Bg, s.nth = ed, s.noConflict = wg, s.noop = Wa, s.now = pr, s.pad = Nh, s.padEnd = zh, s.padStart = Gh, s.parseInt = $h, s.random = Lh, s.reduce = rf, s.reduceRight = af, s.repeat = Kh, s.replace = Hh, s.result = Ih, s.round = Ng, s.runInContext = h, s.sample = uf, s.size = lf, s.snakeCase = Jh, s.some = pf, s.sortedIndex = ud, s.sortedIndexBy = sd, s.sortedIndexOf = cd, s.sortedLastIndex = ld, s.sortedLastIndexBy = pd, s.sortedLastIndexOf = dd, s.startCase = Zh, s.startsWith = Yh, s.subtract = zg, s.sum = Gg, s.sumBy = $g, s.template = Xh, s.times = Ag, s.toFinite = st, s.toInteger = O, s.toLength = vu, s.toLower = Qh, s.toNumber = De, s.toSafeInteger = Qf, s.toString = B, s.toUpper = eg, s.trim = tg, s.trimEnd = ng, s.trimStart = rg, s.truncate = ag, s.unescape = ig, s.uniqueId = Pg, s.upperCase = og, s.upperFirst = La, s.each = au, s.eachRight = iu, s.first = eu, Ua(s, (function() {
        var e2 = {};
        return Ve(s, function(t2, n2) {
          N.call(s.prototype, n2) || (e2[n2] = t2);
        }), e2;
      })(), { chain: false }), s.VERSION = l, qe(["bind", "bindKey", "curry", "curryRight", "partial", "partialRight"], function(e2) {
        s[e2].placeholder = s;
      }), qe(["drop", "take"], function(e2, t2) {
        U.prototype[e2] = function(n2) {
          n2 = n2 === o2 ? 1 : oe(O(n2), 0);
          var i = this.__filtered__ && !t2 ? new U(this) : this.clone();
          return i.__filtered__ ? i.__takeCount__ = de(n2, i.__takeCount__) : i.__views__.push({
            size: de(n2, Je),
            type: e2 + (i.__dir__ < 0 ? "Right" : "")
          }), i;
        }, U.prototype[e2 + "Right"] = function(n2) {
          return this.reverse()[e2](n2).reverse();
        };
      }), qe(["filter", "map", "takeWhile"], function(e2, t2) {
        var n2 = t2 + 1, i = n2 == Xa || n2 == ts;
        U.prototype[e2] = function(u) {
          var c = this.clone();
          return c.__iteratees__.push({
            iteratee: A(u, 3),
            type: n2
          }), c.__filtered__ = c.__filtered__ || i, c;
        };
      }), qe(["head", "last"], function(e2, t2) {
        var n2 = "take" + (t2 ? "Right" : "");
        U.prototype[e2] = function() {
          return this[n2](1).value()[0];
        };
      }), qe(["initial", "tail"], function(e2, t2) {
        var n2 = "drop" + (t2 ? "" : "Right");
        U.prototype[e2] = function() {
          return this.__filtered__ ? new U(this) : this[n2](1);
        };
      }), U.prototype.compact = function() {
        return this.filter(me);
      }, U.prototype.find = function(e2) {
        return this.filter(e2).head();
      }, U.prototype.findLast = function(e2) {
        return this.reverse().find(e2);
      }, U.prototype.invokeMap = D(function(e2, t2) {
        return typeof e2 == "function" ? new U(this) : this.map(function(n2) {
          return _n(n2, e2, t2);
        });
      }), U.prototype.reject = function(e2) {
        return this.filter(fr(A(e2)));
      }, U.prototype.slice = function(e2, t2) {
        e2 = O(e2);
        var n2 = this;
        return n2.__filtered__ && (e2 > 0 || t2 < 0) ? new U(n2) : (e2 < 0 ? n2 = n2.takeRight(-e2) : e2 && (n2 = n2.drop(e2)), t2 !== o2 && (t2 = O(t2), n2 = t2 < 0 ? n2.dropRight(-t2) : n2.take(t2 - e2)), n2);
      }, U.prototype.takeRightWhile = function(e2) {
        return this.reverse().takeWhile(e2).reverse();
      }, U.prototype.toArray = function() {
        return this.take(Je);
      }, Ve(U.prototype, function(e2, t2) {
        var n2 = /^(?:filter|find|map|reject)|While$/.test(t2), i = /^(?:head|last)$/.test(t2), u = s[i ? "take" + (t2 == "last" ? "Right" : "") : t2], c = i || /^find/.test(t2);
        u && (s.prototype[t2] = function() {
          var p = this.__wrapped__, d = i ? [1] : arguments, g = p instanceof U, m = d[0], b = g || E(p), R = function(j) {
            var W = u.apply(s, ht([j], d));
            return i && k ? W[0] : W;
          };
          b && n2 && typeof m == "function" && m.length != 1 && (g = b = false);
          var k = this.__chain__, C = !!this.__actions__.length, q = c && !k, L = g && !C;
          if (!c && b) {
            p = L ? p : new U(this);
            var P = e2.apply(p, d);
            return P.__actions__.push({ func: cr, args: [R], thisArg: o2 }), new xe(P, k);
          }
          return q && L ? e2.apply(this, d) : (P = this.thru(R), q ? i ? P.value()[0] : P.value() : P);
        });
      }), qe(["pop", "push", "shift", "sort", "splice", "unshift"], function(e2) {
        var t2 = Dn[e2], n2 = /^(?:push|sort|unshift)$/.test(e2) ? "tap" : "thru", i = /^(?:pop|shift)$/.test(e2);
        s.prototype[e2] = function() {
          var u = arguments;
          if (i && !this.__chain__) {
            var c = this.value();
            return t2.apply(E(c) ? c : [], u);
          }
          return this[n2](function(p) {
            return t2.apply(E(p) ? p : [], u);
          });
        };
      }), Ve(U.prototype, function(e2, t2) {
        var n2 = s[t2];
        if (n2) {
          var i = n2.name + "";
          N.call($t, i) || ($t[i] = []), $t[i].push({ name: t2, func: n2 });
        }
      }), $t[nr(o2, Z).name] = [{
        name: "wrapper",
        func: o2
      }], U.prototype.clone = al, U.prototype.reverse = il, U.prototype.value = ol, s.prototype.at = Dd, s.prototype.chain = jd, s.prototype.commit = Ud, s.prototype.next = Wd, s.prototype.plant = Md, s.prototype.reverse = Bd, s.prototype.toJSON = s.prototype.valueOf = s.prototype.value = Nd, s.prototype.first = s.prototype.head, cn && (s.prototype[cn] = Fd), s;
    }, Nt = Uc();
    Ct ? ((Ct.exports = Nt)._ = Nt, jr._ = Nt) : le._ = Nt;
  }).call(kn);
})(wr, wr.exports);
var Xt2 = wr.exports;
var t_ = (r2, a) => ({
  lookupValue: (o2, l, f) => f != null ? Xt2.get(l, o2, Xt2.get(r2, o2, f)) : Xt2.get(l, o2, Xt2.get(r2, o2, Xt2.get(a, o2, void 0)))
});
function n_(r2) {
  return "response" in r2;
}
var r_ = {};
var a_2 = (r2, a) => {
  const { lookupValue: o2 } = t_(
    r2,
    r_
  ), l = async (Q, ae) => {
  }, f = async (Q, ae, ...G) => {
    const M = o2("requestNormalizer", Q), Z = M ? M(G) : G;
    if (o2("requiresAppId", Q)) {
      if (!a)
        throw new Error("App ID is required.");
      Z.unshift(`${a}`);
    }
    return Z;
  }, _ = async (Q, ae, G) => {
    const M = o2("responseDataKey", Q);
    let Z;
    M ? Z = Xt2.get(G, M, void 0) : Z = G;
    const It = o2("responseSerializer", Q);
    let ce;
    It ? ce = await It(
      Z
    ) : ce = Z;
    const Fe = o2("onResponseSuccess", Q);
    return Fe && await Fe(
      Z,
      ce
    ), ce;
  }, w = async (Q, ae) => {
  }, S = async (Q, ae, G) => {
    if (!n_(G))
      throw G;
    const M = G.response, Z = await M.text();
    return new Ue(Z, M);
  }, X = () => l, H = () => f, V = () => _, se = () => w, Qe = () => S;
  return {
    handlers: () => ({
      onStart: X(),
      onBeforeRequest: H(),
      onResponseSuccess: V(),
      onFinish: se(),
      onError: Qe()
    })
  };
};
var i_2 = "https://auth.passage.id/v1".replace(/\/+$/, "");
var Nu = class {
  constructor(a = {}) {
    this.configuration = a;
  }
  set config(a) {
    this.configuration = a;
  }
  get basePath() {
    return this.configuration.basePath != null ? this.configuration.basePath : i_2;
  }
  get fetchApi() {
    return this.configuration.fetchApi;
  }
  get middleware() {
    return this.configuration.middleware || [];
  }
  get queryParamsStringify() {
    return this.configuration.queryParamsStringify || zu;
  }
  get username() {
    return this.configuration.username;
  }
  get password() {
    return this.configuration.password;
  }
  get apiKey() {
    const a = this.configuration.apiKey;
    if (a)
      return typeof a == "function" ? a : () => a;
  }
  get accessToken() {
    const a = this.configuration.accessToken;
    if (a)
      return typeof a == "function" ? a : async () => a;
  }
  get headers() {
    return this.configuration.headers;
  }
  get credentials() {
    return this.configuration.credentials;
  }
};
var o_2 = new Nu();
var _He = class _He {
  constructor(a = o_2) {
    __publicField(this, "middleware");
    __publicField(this, "fetchApi", async (a, o2) => {
      let l = { url: a, init: o2 };
      for (const _ of this.middleware)
        _.pre && (l = await _.pre({
          fetch: this.fetchApi,
          ...l
        }) || l);
      let f;
      try {
        f = await (this.configuration.fetchApi || fetch)(
          l.url,
          l.init
        );
      } catch (_) {
        for (const w of this.middleware)
          w.onError && (f = await w.onError({
            fetch: this.fetchApi,
            url: l.url,
            init: l.init,
            error: _,
            response: f ? f.clone() : void 0
          }) || f);
        if (f === void 0)
          throw _ instanceof Error ? new l_2(
            _,
            "The request failed and the interceptors did not return an alternative response"
          ) : _;
      }
      for (const _ of this.middleware)
        _.post && (f = await _.post({
          fetch: this.fetchApi,
          url: l.url,
          init: l.init,
          response: f.clone()
        }) || f);
      return f;
    });
    this.configuration = a, this.middleware = a.middleware;
  }
  withMiddleware(...a) {
    const o2 = this.clone();
    return o2.middleware = o2.middleware.concat(...a), o2;
  }
  withPreMiddleware(...a) {
    const o2 = a.map((l) => ({ pre: l }));
    return this.withMiddleware(...o2);
  }
  withPostMiddleware(...a) {
    const o2 = a.map((l) => ({ post: l }));
    return this.withMiddleware(...o2);
  }
  /**
   * Check if the given MIME is a JSON MIME.
   * JSON MIME examples:
   *   application/json
   *   application/json; charset=UTF8
   *   APPLICATION/JSON
   *   application/vnd.company+json
   * @param mime - MIME (Multipurpose Internet Mail Extensions)
   * @return True if the given MIME is JSON, false otherwise.
   */
  isJsonMime(a) {
    return a ? _He.jsonRegex.test(a) : false;
  }
  async request(a, o2) {
    const { url: l, init: f } = await this.createFetchParams(a, o2), _ = await this.fetchApi(l, f);
    if (_ && _.status >= 200 && _.status < 300)
      return _;
    throw new c_(_, "Response returned an error code");
  }
  async createFetchParams(a, o2) {
    let l = this.configuration.basePath + a.path;
    a.query !== void 0 && Object.keys(a.query).length !== 0 && (l += "?" + this.configuration.queryParamsStringify(a.query));
    const f = Object.assign({}, this.configuration.headers, a.headers);
    Object.keys(f).forEach(
      (V) => f[V] === void 0 ? delete f[V] : {}
    );
    const _ = typeof o2 == "function" ? o2 : async () => o2, w = {
      method: a.method,
      headers: f,
      body: a.body,
      credentials: this.configuration.credentials
    }, S = {
      ...w,
      ...await _({
        init: w,
        context: a
      })
    };
    let X;
    s_(S.body) || S.body instanceof URLSearchParams || u_(S.body) ? X = S.body : this.isJsonMime(f["Content-Type"]) ? X = JSON.stringify(S.body) : X = S.body;
    const H = {
      ...S,
      body: X
    };
    return { url: l, init: H };
  }
  /**
   * Create a shallow clone of `this` by constructing a new instance
   * and then shallow cloning data members.
   */
  clone() {
    const a = this.constructor, o2 = new a(this.configuration);
    return o2.middleware = this.middleware.slice(), o2;
  }
};
__publicField(_He, "jsonRegex", new RegExp(
  "^(:?application/json|[^;/ 	]+/[^;/ 	]+[+]json)[ 	]*(:?;.*)?$",
  "i"
));
var He = _He;
function u_(r2) {
  return typeof Blob < "u" && r2 instanceof Blob;
}
function s_(r2) {
  return typeof FormData < "u" && r2 instanceof FormData;
}
var c_ = class extends Error {
  constructor(a, o2) {
    super(o2);
    __publicField(this, "name", "ResponseError");
    this.response = a;
  }
};
var l_2 = class extends Error {
  constructor(a, o2) {
    super(o2);
    __publicField(this, "name", "FetchError");
    this.cause = a;
  }
};
var I = class extends Error {
  constructor(a, o2) {
    super(o2);
    __publicField(this, "name", "RequiredError");
    this.field = a;
  }
};
function zu(r2, a = "") {
  return Object.keys(r2).map((o2) => Gu(o2, r2[o2], a)).filter((o2) => o2.length > 0).join("&");
}
function Gu(r2, a, o2 = "") {
  const l = o2 + (o2.length ? `[${r2}]` : r2);
  if (a instanceof Array) {
    const f = a.map((_) => encodeURIComponent(String(_))).join(`&${encodeURIComponent(l)}=`);
    return `${encodeURIComponent(l)}=${f}`;
  }
  if (a instanceof Set) {
    const f = Array.from(a);
    return Gu(r2, f, o2);
  }
  return a instanceof Date ? `${encodeURIComponent(l)}=${encodeURIComponent(a.toISOString())}` : a instanceof Object ? zu(a, l) : `${encodeURIComponent(l)}=${encodeURIComponent(String(a))}`;
}
function Ou(r2) {
  for (const a of r2)
    if (a.contentType === "multipart/form-data")
      return true;
  return false;
}
var z = class {
  constructor(a, o2 = (l) => l) {
    this.raw = a, this.transformer = o2;
  }
  async value() {
    return this.transformer(await this.raw.json());
  }
};
var lt = class {
  constructor(a) {
    this.raw = a;
  }
  async value() {
  }
};
function p_(r2) {
  return r2 == null ? r2 : {
    magic_link: r2.magicLink
  };
}
function d_(r2) {
  return r2 == null ? r2 : {
    otp: r2.otp,
    otp_id: r2.otpId
  };
}
function f_2(r2) {
  return r2 == null ? r2 : {
    attestationObject: r2.attestationObject,
    clientDataJSON: r2.clientDataJSON,
    transports: r2.transports
  };
}
function $a(r2) {
  return r2 == null ? r2 : {
    authenticatorAttachment: r2.authenticatorAttachment,
    clientExtensionResults: r2.clientExtensionResults,
    id: r2.id,
    rawId: r2.rawId,
    response: f_2(r2.response),
    transports: r2.transports,
    type: r2.type
  };
}
function h_(r2) {
  return r2 == null ? r2 : {
    handshake_id: r2.handshakeId,
    handshake_response: $a(r2.handshakeResponse),
    user_id: r2.userId
  };
}
function g_(r2) {
  return __(r2);
}
function __(r2, a) {
  return r2 == null ? r2 : {
    icon: r2.icon == null ? void 0 : r2.icon,
    id: r2.id == null ? void 0 : r2.id,
    name: r2.name == null ? void 0 : r2.name
  };
}
function w_(r2) {
  return v_(r2);
}
function v_(r2, a) {
  return r2 == null ? r2 : {
    displayName: r2.displayName == null ? void 0 : r2.displayName,
    icon: r2.icon == null ? void 0 : r2.icon,
    id: r2.id == null ? void 0 : r2.id,
    name: r2.name == null ? void 0 : r2.name
  };
}
function y_(r2) {
  return m_(r2);
}
function m_(r2, a) {
  return r2 == null ? r2 : {
    id: r2.id == null ? void 0 : r2.id,
    transports: r2.transports == null ? void 0 : r2.transports,
    type: r2.type == null ? void 0 : r2.type
  };
}
function b_(r2) {
  return R_(r2);
}
function R_(r2, a) {
  return r2 == null ? r2 : {
    alg: r2.alg == null ? void 0 : r2.alg,
    type: r2.type == null ? void 0 : r2.type
  };
}
function k_(r2) {
  return I_(r2);
}
function I_(r2, a) {
  return r2 == null ? r2 : {
    authenticatorAttachment: r2.authenticatorAttachment == null ? void 0 : r2.authenticatorAttachment,
    requireResidentKey: r2.requireResidentKey == null ? void 0 : r2.requireResidentKey,
    residentKey: r2.residentKey == null ? void 0 : r2.residentKey,
    userVerification: r2.userVerification == null ? void 0 : r2.userVerification
  };
}
function S_(r2) {
  return T_(r2);
}
function T_(r2, a) {
  return r2 == null ? r2 : {
    attestation: r2.attestation == null ? void 0 : r2.attestation,
    authenticatorSelection: r2.authenticatorSelection == null ? void 0 : k_(
      r2.authenticatorSelection
    ),
    challenge: r2.challenge == null ? void 0 : r2.challenge,
    excludeCredentials: r2.excludeCredentials == null ? void 0 : r2.excludeCredentials.map(
      y_
    ),
    extensions: r2.extensions == null ? void 0 : r2.extensions,
    pubKeyCredParams: r2.pubKeyCredParams == null ? void 0 : r2.pubKeyCredParams.map(
      b_
    ),
    rp: r2.rp == null ? void 0 : g_(r2.rp),
    timeout: r2.timeout == null ? void 0 : r2.timeout,
    user: r2.user == null ? void 0 : w_(r2.user)
  };
}
function C_(r2) {
  return A_(r2);
}
function A_(r2, a) {
  return r2 == null ? r2 : {
    publicKey: r2.publicKey == null ? void 0 : S_(r2.publicKey)
  };
}
function Ka(r2) {
  return q_(r2);
}
function q_(r2, a) {
  return r2 == null ? r2 : {
    challenge: C_(r2.challenge),
    id: r2.id
  };
}
var P_ = /* @__PURE__ */ ((r2) => (r2.Active = "active", r2.Inactive = "inactive", r2.Pending = "pending", r2))(P_ || {});
function $u(r2) {
  return x_(r2);
}
function x_(r2, a) {
  return r2;
}
var E_ = /* @__PURE__ */ ((r2) => (r2.Passkey = "passkey", r2.SecurityKey = "security_key", r2.Platform = "platform", r2))(E_ || {});
function Ha(r2) {
  return O_(r2);
}
function O_(r2, a) {
  return r2;
}
function vr(r2) {
  return L_(r2);
}
function L_(r2, a) {
  return r2 == null ? r2 : {
    email: r2.email,
    emailVerified: r2.email_verified,
    id: r2.id,
    phone: r2.phone,
    phoneVerified: r2.phone_verified,
    status: $u(r2.status),
    userMetadata: r2.user_metadata,
    webauthn: r2.webauthn,
    webauthnTypes: r2.webauthn_types?.map(Ha) ?? []
  };
}
function D_(r2) {
  return j_(r2);
}
function j_(r2, a) {
  return r2 == null ? r2 : {
    handshake: Ka(r2.handshake),
    user: r2.user == null ? void 0 : vr(r2.user)
  };
}
var U_ = /* @__PURE__ */ ((r2) => (r2.S = "s", r2.M = "m", r2.H = "h", r2.D = "d", r2))(U_ || {});
function Ku(r2) {
  return W_(r2);
}
function W_(r2, a) {
  return r2;
}
function F_(r2) {
  return M_(r2);
}
function M_(r2, a) {
  return r2 == null ? r2 : {
    ttl: r2.ttl == null ? void 0 : r2.ttl,
    ttlDisplayUnit: r2.ttl_display_unit == null ? void 0 : Ku(r2.ttl_display_unit)
  };
}
function B_(r2) {
  return N_(r2);
}
function N_(r2, a) {
  return r2 == null ? r2 : {
    ttl: r2.ttl == null ? void 0 : r2.ttl,
    ttlDisplayUnit: r2.ttl_display_unit == null ? void 0 : Ku(r2.ttl_display_unit)
  };
}
function z_(r2) {
  return G_(r2);
}
function G_(r2, a) {
  return r2 == null ? r2 : {
    passkeys: r2.passkeys == null ? void 0 : r2.passkeys,
    otp: r2.otp == null ? void 0 : B_(r2.otp),
    magicLink: r2.magic_link == null ? void 0 : F_(r2.magic_link)
  };
}
function Lu(r2) {
  return $_(r2);
}
function $_(r2, a) {
  return r2 == null ? r2 : {
    h: r2.h,
    id: r2.id,
    w: r2.w,
    x: r2.x,
    y: r2.y
  };
}
function K_(r2) {
  return H_(r2);
}
function H_(r2, a) {
  return r2 == null ? r2 : {
    profile: r2.profile.map(Lu),
    registration: r2.registration.map(Lu)
  };
}
function J_(r2) {
  return V_(r2);
}
function V_(r2, a) {
  return r2 == null ? r2 : {
    apple: r2.apple == null ? void 0 : r2.apple,
    google: r2.google == null ? void 0 : r2.google,
    github: r2.github == null ? void 0 : r2.github
  };
}
function Z_(r2) {
  return Y_(r2);
}
function Y_(r2, a) {
  return r2 == null ? r2 : {
    fieldName: r2.field_name,
    friendlyName: r2.friendly_name,
    id: r2.id,
    profile: r2.profile,
    registration: r2.registration,
    type: r2.type
  };
}
function Du(r2) {
  return X_(r2);
}
function X_(r2, a) {
  return r2;
}
function ju(r2) {
  return Q_(r2);
}
function Q_(r2, a) {
  return r2 == null ? r2 : {
    passageContainerBackgroundColor: r2.passage_container_background_color == null ? void 0 : r2.passage_container_background_color,
    passageContainerMaxWidth: r2.passage_container_max_width == null ? void 0 : r2.passage_container_max_width,
    passageInputBoxBackgroundColor: r2.passage_input_box_background_color == null ? void 0 : r2.passage_input_box_background_color,
    passageInputBoxBorderRadius: r2.passage_input_box_border_radius == null ? void 0 : r2.passage_input_box_border_radius,
    passageHeaderFontFamily: r2.passage_header_font_family == null ? void 0 : Du(r2.passage_header_font_family),
    passageBodyFontFamily: r2.passage_body_font_family == null ? void 0 : Du(r2.passage_body_font_family),
    passageHeaderTextColor: r2.passage_header_text_color == null ? void 0 : r2.passage_header_text_color,
    passageBodyTextColor: r2.passage_body_text_color == null ? void 0 : r2.passage_body_text_color,
    passagePrimaryButtonBackgroundColor: r2.passage_primary_button_background_color == null ? void 0 : r2.passage_primary_button_background_color,
    passagePrimaryButtonTextColor: r2.passage_primary_button_text_color == null ? void 0 : r2.passage_primary_button_text_color,
    passagePrimaryButtonHoverColor: r2.passage_primary_button_hover_color == null ? void 0 : r2.passage_primary_button_hover_color,
    passagePrimaryButtonBorderRadius: r2.passage_primary_button_border_radius == null ? void 0 : r2.passage_primary_button_border_radius,
    passagePrimaryButtonBorderColor: r2.passage_primary_button_border_color == null ? void 0 : r2.passage_primary_button_border_color,
    passagePrimaryButtonBorderWidth: r2.passage_primary_button_border_width == null ? void 0 : r2.passage_primary_button_border_width,
    passageSecondaryButtonBackgroundColor: r2.passage_secondary_button_background_color == null ? void 0 : r2.passage_secondary_button_background_color,
    passageSecondaryButtonTextColor: r2.passage_secondary_button_text_color == null ? void 0 : r2.passage_secondary_button_text_color,
    passageSecondaryButtonHoverColor: r2.passage_secondary_button_hover_color == null ? void 0 : r2.passage_secondary_button_hover_color,
    passageSecondaryButtonBorderRadius: r2.passage_secondary_button_border_radius == null ? void 0 : r2.passage_secondary_button_border_radius,
    passageSecondaryButtonBorderColor: r2.passage_secondary_button_border_color == null ? void 0 : r2.passage_secondary_button_border_color,
    passageSecondaryButtonBorderWidth: r2.passage_secondary_button_border_width == null ? void 0 : r2.passage_secondary_button_border_width
  };
}
var ew = /* @__PURE__ */ ((r2) => (r2.MagicLink = "magic_link", r2.Otp = "otp", r2.None = "none", r2))(ew || {});
function tw(r2) {
  return nw(r2);
}
function nw(r2, a) {
  return r2 == null ? r2 : {
    allowedIdentifier: r2.allowed_identifier,
    authFallbackMethod: r2.auth_fallback_method,
    authFallbackMethodTtl: r2.auth_fallback_method_ttl,
    authMethods: z_(r2.auth_methods),
    authOrigin: r2.auth_origin,
    defaultLanguage: r2.default_language,
    elementCustomization: ju(r2.element_customization),
    elementCustomizationDark: ju(r2.element_customization_dark),
    ephemeral: r2.ephemeral,
    id: r2.id,
    layouts: K_(r2.layouts),
    loginUrl: r2.login_url,
    name: r2.name,
    passageBranding: r2.passage_branding,
    publicSignup: r2.public_signup,
    profileManagement: r2.profile_management,
    redirectUrl: r2.redirect_url,
    requireEmailVerification: r2.require_email_verification,
    requireIdentifierVerification: r2.require_identifier_verification,
    requiredIdentifier: r2.required_identifier,
    rsaPublicKey: r2.rsa_public_key,
    sessionTimeoutLength: r2.session_timeout_length,
    socialConnections: J_(r2.social_connections),
    userMetadataSchema: r2.user_metadata_schema.map(
      Z_
    )
  };
}
function rw(r2) {
  return aw(r2);
}
function aw(r2, a) {
  return r2 == null ? r2 : {
    providerId: r2.provider_id,
    createdAt: new Date(r2.created_at),
    lastLoginAt: new Date(r2.last_login_at),
    providerIdentifier: r2.provider_identifier
  };
}
function iw(r2) {
  return ow(r2);
}
function ow(r2, a) {
  return r2 == null ? r2 : {
    authToken: r2.auth_token,
    redirectUrl: r2.redirect_url,
    refreshToken: r2.refresh_token == null ? void 0 : r2.refresh_token,
    refreshTokenExpiration: r2.refresh_token_expiration == null ? void 0 : r2.refresh_token_expiration
  };
}
function Rt(r2) {
  return uw(r2);
}
function uw(r2, a) {
  return r2 == null ? r2 : {
    authResult: iw(r2.auth_result)
  };
}
function sw(r2) {
  return r2 == null ? r2 : {
    authenticatorData: r2.authenticatorData,
    clientDataJSON: r2.clientDataJSON,
    signature: r2.signature,
    userHandle: r2.userHandle
  };
}
function cw(r2) {
  return r2 == null ? r2 : {
    authenticatorAttachment: r2.authenticatorAttachment,
    clientExtensionResults: r2.clientExtensionResults,
    id: r2.id,
    rawId: r2.rawId,
    response: sw(r2.response),
    type: r2.type
  };
}
function lw(r2) {
  return pw(r2);
}
function pw(r2, a) {
  return r2 == null ? r2 : {
    id: r2.id,
    transports: r2.transports == null ? void 0 : r2.transports,
    type: r2.type
  };
}
function dw(r2) {
  return fw(r2);
}
function fw(r2, a) {
  return r2 == null ? r2 : {
    allowCredentials: r2.allowCredentials == null ? void 0 : r2.allowCredentials.map(
      lw
    ),
    challenge: r2.challenge,
    extensions: r2.extensions == null ? void 0 : r2.extensions,
    rpId: r2.rpId == null ? void 0 : r2.rpId,
    timeout: r2.timeout == null ? void 0 : r2.timeout,
    userVerification: r2.userVerification == null ? void 0 : r2.userVerification
  };
}
function hw(r2) {
  return gw(r2);
}
function gw(r2, a) {
  return r2 == null ? r2 : {
    publicKey: dw(r2.publicKey)
  };
}
function _w(r2) {
  return ww(r2);
}
function ww(r2, a) {
  return r2 == null ? r2 : {
    challenge: hw(r2.challenge),
    id: r2.id
  };
}
var Hu = /* @__PURE__ */ ((r2) => (r2.Platform = "platform", r2.CrossPlatform = "cross-platform", r2.Any = "any", r2))(Hu || {});
function vw(r2) {
  return r2 == null ? r2 : {
    identifier: r2.identifier,
    user_metadata: r2.userMetadata
  };
}
function yw(r2) {
  return mw(r2);
}
function mw(r2, a) {
  return r2 == null ? r2 : {
    light: r2.light,
    dark: r2.dark
  };
}
function Ja(r2) {
  return bw(r2);
}
function bw(r2, a) {
  return r2 == null ? r2 : {
    createdAt: r2.created_at,
    credId: r2.cred_id,
    friendlyName: r2.friendly_name,
    id: r2.id,
    lastLoginAt: r2.last_login_at,
    type: Ha(r2.type),
    updatedAt: r2.updated_at,
    usageCount: r2.usage_count,
    userId: r2.user_id,
    icons: yw(r2.icons)
  };
}
function Rw(r2) {
  return kw(r2);
}
function kw(r2, a) {
  return r2 == null ? r2 : {
    providerId: r2.provider_id,
    createdAt: new Date(r2.created_at),
    lastLoginAt: new Date(r2.last_login_at),
    providerIdentifier: r2.provider_identifier
  };
}
function Iw(r2) {
  return Sw(r2);
}
function Sw(r2, a) {
  return r2 == null ? r2 : {
    providerId: r2.provider_id,
    createdAt: new Date(r2.created_at),
    lastLoginAt: new Date(r2.last_login_at),
    providerIdentifier: r2.provider_identifier
  };
}
function Ju(r2) {
  return Tw(r2);
}
function Tw(r2, a) {
  return r2 == null ? r2 : {
    apple: r2.apple == null ? void 0 : rw(r2.apple),
    github: r2.github == null ? void 0 : Iw(r2.github),
    google: r2.google == null ? void 0 : Rw(r2.google)
  };
}
function Cw(r2) {
  return Aw(r2);
}
function Aw(r2, a) {
  return r2 == null ? r2 : {
    createdAt: r2.created_at,
    email: r2.email,
    emailVerified: r2.email_verified,
    id: r2.id,
    lastLoginAt: r2.last_login_at,
    loginCount: r2.login_count,
    phone: r2.phone,
    phoneVerified: r2.phone_verified,
    socialConnections: Ju(r2.social_connections),
    status: $u(r2.status),
    updatedAt: r2.updated_at,
    userMetadata: r2.user_metadata,
    webauthn: r2.webauthn,
    webauthnDevices: r2.webauthn_devices.map(Ja),
    webauthnTypes: r2.webauthn_types.map(Ha)
  };
}
function Uu(r2) {
  return qw(r2);
}
function qw(r2, a) {
  return r2 == null ? r2 : {
    device: Ja(r2.device)
  };
}
function Pw(r2) {
  return xw(r2);
}
function xw(r2, a) {
  return r2 == null ? r2 : {
    devices: r2.devices.map(Ja)
  };
}
function Ew(r2) {
  return r2 == null ? r2 : {
    authenticator_attachment: r2.authenticatorAttachment
  };
}
function Wu(r2) {
  return Ow(r2);
}
function Ow(r2, a) {
  return r2 == null ? r2 : {
    user: Cw(r2.user)
  };
}
function Lw(r2) {
  return Dw(r2);
}
function Dw(r2, a) {
  return r2 == null ? r2 : {
    app: tw(r2.app)
  };
}
function jw(r2) {
  return r2 == null ? r2 : {
    id: r2.id
  };
}
function Uw(r2) {
  return r2 == null ? r2 : {
    code: r2.code,
    id_token: r2.idToken,
    connection_type: r2.connectionType
  };
}
function Ww(r2) {
  return r2 == null ? r2 : {
    identifier: r2.identifier,
    language: r2.language,
    magic_link_path: r2.magicLinkPath
  };
}
function Va(r2) {
  return Fw(r2);
}
function Fw(r2, a) {
  return r2 == null ? r2 : {
    id: r2.id
  };
}
function Mw(r2) {
  return Bw(r2);
}
function Bw(r2, a) {
  return r2 == null ? r2 : {
    magicLink: Va(r2.magic_link)
  };
}
function Nw(r2) {
  return r2 == null ? r2 : {
    identifier: r2.identifier,
    language: r2.language
  };
}
function zw(r2) {
  return r2 == null ? r2 : {
    handshake_id: r2.handshakeId,
    handshake_response: cw(r2.handshakeResponse),
    user_id: r2.userId
  };
}
function Gw(r2) {
  return r2 == null ? r2 : {
    identifier: r2.identifier
  };
}
function $w(r2) {
  return Kw(r2);
}
function Kw(r2, a) {
  return r2 == null ? r2 : {
    handshake: _w(r2.handshake),
    user: r2.user == null ? void 0 : vr(r2.user)
  };
}
function Fu(r2) {
  return Hw(r2);
}
function Hw(r2, a) {
  return r2 == null ? r2 : {
    magicLink: Va(r2.magic_link)
  };
}
function Jw(r2) {
  return Vw(r2);
}
function Vw(r2, a) {
  return r2 == null ? r2 : {
    nonce: r2.nonce
  };
}
function Vu(r2) {
  return Zw(r2);
}
function Zw(r2, a) {
  return r2 == null ? r2 : {
    otpId: r2.otp_id
  };
}
function Yw(r2) {
  return r2 == null ? r2 : {
    refresh_token: r2.refreshToken
  };
}
function Xw(r2) {
  return r2 == null ? r2 : {
    identifier: r2.identifier,
    language: r2.language,
    magic_link_path: r2.magicLinkPath
  };
}
function Qw(r2) {
  return ev(r2);
}
function ev(r2, a) {
  return r2 == null ? r2 : {
    magicLink: Va(r2.magic_link)
  };
}
function tv(r2) {
  return r2 == null ? r2 : {
    identifier: r2.identifier,
    language: r2.language
  };
}
function nv(r2) {
  return r2 == null ? r2 : {
    handshake_id: r2.handshakeId,
    handshake_response: $a(r2.handshakeResponse),
    user_id: r2.userId
  };
}
function rv(r2) {
  return r2 == null ? r2 : {
    handshake_id: r2.handshakeId,
    handshake_response: $a(r2.handshakeResponse),
    transaction_id: r2.transactionId
  };
}
function av(r2) {
  return r2 == null ? r2 : {
    identifier: r2.identifier,
    authenticator_attachment: r2.authenticatorAttachment
  };
}
function iv(r2) {
  return ov(r2);
}
function ov(r2, a) {
  return r2 == null ? r2 : {
    handshake: Ka(r2.handshake),
    user: r2.user == null ? void 0 : vr(r2.user)
  };
}
function uv(r2) {
  return r2 == null ? r2 : {
    transaction_id: r2.transactionId,
    authenticator_attachment: r2.authenticatorAttachment
  };
}
function sv(r2) {
  return cv(r2);
}
function cv(r2, a) {
  return r2 == null ? r2 : {
    handshake: Ka(r2.handshake),
    transactionId: r2.transaction_id == null ? void 0 : r2.transaction_id
  };
}
function lv(r2) {
  return pv(r2);
}
function pv(r2, a) {
  return r2 == null ? r2 : {
    socialConnections: Ju(r2.social_connections)
  };
}
function dv(r2) {
  return r2 == null ? r2 : {
    friendly_name: r2.friendlyName
  };
}
function fv(r2) {
  return r2 == null ? r2 : {
    user_metadata: r2.userMetadata
  };
}
function hv(r2) {
  return r2 == null ? r2 : {
    language: r2.language,
    magic_link_path: r2.magicLinkPath,
    new_email: r2.newEmail,
    redirect_url: r2.redirectUrl
  };
}
function gv(r2) {
  return r2 == null ? r2 : {
    language: r2.language,
    magic_link_path: r2.magicLinkPath,
    new_phone: r2.newPhone,
    redirect_url: r2.redirectUrl
  };
}
function _v(r2) {
  return wv(r2);
}
function wv(r2, a) {
  return r2 == null ? r2 : {
    userMetadata: r2.user_metadata
  };
}
function Mu(r2) {
  return vv(r2);
}
function vv(r2, a) {
  return r2 == null ? r2 : {
    user: vr(r2.user)
  };
}
var yv = class extends He {
  /**
   * Get information about an application.
   * Get App
   */
  async getAppRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling getApp().'
      );
    const l = {}, f = {}, _ = await this.request(
      {
        path: "/apps/{app_id}".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "GET",
        headers: f,
        query: l
      },
      o2
    );
    return new z(
      _,
      (w) => Lw(w)
    );
  }
  /**
   * Get information about an application.
   * Get App
   */
  async getApp(a, o2) {
    return await (await this.getAppRaw({ appId: a }, o2)).value();
  }
};
var mv = class extends He {
  /**
   * Revoke a device by ID for the current user. User must be authenticated via a bearer token.
   * Revoke Device
   */
  async deleteCurrentuserDeviceRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling deleteCurrentuserDevice().'
      );
    if (a.deviceId == null)
      throw new I(
        "deviceId",
        'Required parameter "deviceId" was null or undefined when calling deleteCurrentuserDevice().'
      );
    const l = {}, f = {};
    if (this.configuration && this.configuration.accessToken) {
      const w = this.configuration.accessToken, S = await w("bearerAuth", []);
      S && (f.Authorization = `Bearer ${S}`);
    }
    const _ = await this.request(
      {
        path: "/apps/{app_id}/currentuser/devices/{device_id}".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ).replace(
          "{device_id}",
          encodeURIComponent(String(a.deviceId))
        ),
        method: "DELETE",
        headers: f,
        query: l
      },
      o2
    );
    return new lt(_);
  }
  /**
   * Revoke a device by ID for the current user. User must be authenticated via a bearer token.
   * Revoke Device
   */
  async deleteCurrentuserDevice(a, o2, l) {
    await this.deleteCurrentuserDeviceRaw({ appId: a, deviceId: o2 }, l);
  }
  /**
   * Deletes a social connection for the current user. User must be authenticated via a bearer token.
   * Delete Social Connection
   */
  async deleteCurrentuserSocialConnectionRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling deleteCurrentuserSocialConnection().'
      );
    if (a.socialConnectionType == null)
      throw new I(
        "socialConnectionType",
        'Required parameter "socialConnectionType" was null or undefined when calling deleteCurrentuserSocialConnection().'
      );
    const l = {}, f = {};
    if (this.configuration && this.configuration.accessToken) {
      const w = this.configuration.accessToken, S = await w("bearerAuth", []);
      S && (f.Authorization = `Bearer ${S}`);
    }
    const _ = await this.request(
      {
        path: "/apps/{app_id}/currentuser/social-connections/{social_connection_type}".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ).replace(
          "{social_connection_type}",
          encodeURIComponent(String(a.socialConnectionType))
        ),
        method: "DELETE",
        headers: f,
        query: l
      },
      o2
    );
    return new lt(_);
  }
  /**
   * Deletes a social connection for the current user. User must be authenticated via a bearer token.
   * Delete Social Connection
   */
  async deleteCurrentuserSocialConnection(a, o2, l) {
    await this.deleteCurrentuserSocialConnectionRaw(
      { appId: a, socialConnectionType: o2 },
      l
    );
  }
  /**
   * Get information about a user that is currently authenticated via bearer token.
   * Get Current User
   */
  async getCurrentuserRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling getCurrentuser().'
      );
    const l = {}, f = {};
    if (this.configuration && this.configuration.accessToken) {
      const w = this.configuration.accessToken, S = await w("bearerAuth", []);
      S && (f.Authorization = `Bearer ${S}`);
    }
    const _ = await this.request(
      {
        path: "/apps/{app_id}/currentuser".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "GET",
        headers: f,
        query: l
      },
      o2
    );
    return new z(
      _,
      (w) => Wu(w)
    );
  }
  /**
   * Get information about a user that is currently authenticated via bearer token.
   * Get Current User
   */
  async getCurrentuser(a, o2) {
    return await (await this.getCurrentuserRaw({ appId: a }, o2)).value();
  }
  /**
   * List all WebAuthn devices for the authenticated user. User must be authenticated via bearer token.
   * List Devices
   */
  async getCurrentuserDevicesRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling getCurrentuserDevices().'
      );
    const l = {}, f = {};
    if (this.configuration && this.configuration.accessToken) {
      const w = this.configuration.accessToken, S = await w("bearerAuth", []);
      S && (f.Authorization = `Bearer ${S}`);
    }
    const _ = await this.request(
      {
        path: "/apps/{app_id}/currentuser/devices".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "GET",
        headers: f,
        query: l
      },
      o2
    );
    return new z(
      _,
      (w) => Pw(w)
    );
  }
  /**
   * List all WebAuthn devices for the authenticated user. User must be authenticated via bearer token.
   * List Devices
   */
  async getCurrentuserDevices(a, o2) {
    return await (await this.getCurrentuserDevicesRaw({ appId: a }, o2)).value();
  }
  /**
   * Get the user-metadata for the current user.
   * Get user\'s metadata
   */
  async getCurrentuserMetadataRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling getCurrentuserMetadata().'
      );
    const l = {}, f = {};
    if (this.configuration && this.configuration.accessToken) {
      const w = this.configuration.accessToken, S = await w("bearerAuth", []);
      S && (f.Authorization = `Bearer ${S}`);
    }
    const _ = await this.request(
      {
        path: "/apps/{app_id}/currentuser/user-metadata".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "GET",
        headers: f,
        query: l
      },
      o2
    );
    return new z(
      _,
      (w) => _v(w)
    );
  }
  /**
   * Get the user-metadata for the current user.
   * Get user\'s metadata
   */
  async getCurrentuserMetadata(a, o2) {
    return await (await this.getCurrentuserMetadataRaw({ appId: a }, o2)).value();
  }
  /**
   * Gets social connections for the current user. User must be authenticated via a bearer token.
   * Get Social Connections
   */
  async getCurrentuserSocialConnectionsRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling getCurrentuserSocialConnections().'
      );
    const l = {}, f = {};
    if (this.configuration && this.configuration.accessToken) {
      const w = this.configuration.accessToken, S = await w("bearerAuth", []);
      S && (f.Authorization = `Bearer ${S}`);
    }
    const _ = await this.request(
      {
        path: "/apps/{app_id}/currentuser/social-connections".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "GET",
        headers: f,
        query: l
      },
      o2
    );
    return new z(
      _,
      (w) => lv(w)
    );
  }
  /**
   * Gets social connections for the current user. User must be authenticated via a bearer token.
   * Get Social Connections
   */
  async getCurrentuserSocialConnections(a, o2) {
    return await (await this.getCurrentuserSocialConnectionsRaw(
      { appId: a },
      o2
    )).value();
  }
  /**
   * Complete a WebAuthn add device operation for the current user. This endpoint accepts and verifies the response from `navigator.credential.create()` and returns the created device for the user. User must be authenticated via a bearer token.
   * Finish WebAuthn Add Device
   */
  async postCurrentuserAddDeviceFinishRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling postCurrentuserAddDeviceFinish().'
      );
    if (a.addDeviceFinishRequest == null)
      throw new I(
        "addDeviceFinishRequest",
        'Required parameter "addDeviceFinishRequest" was null or undefined when calling postCurrentuserAddDeviceFinish().'
      );
    const l = {}, f = {};
    if (f["Content-Type"] = "application/json", this.configuration && this.configuration.accessToken) {
      const w = this.configuration.accessToken, S = await w("bearerAuth", []);
      S && (f.Authorization = `Bearer ${S}`);
    }
    const _ = await this.request(
      {
        path: "/apps/{app_id}/currentuser/devices/finish".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: h_(a.addDeviceFinishRequest)
      },
      o2
    );
    return new z(
      _,
      (w) => Uu(w)
    );
  }
  /**
   * Complete a WebAuthn add device operation for the current user. This endpoint accepts and verifies the response from `navigator.credential.create()` and returns the created device for the user. User must be authenticated via a bearer token.
   * Finish WebAuthn Add Device
   */
  async postCurrentuserAddDeviceFinish(a, o2, l) {
    return await (await this.postCurrentuserAddDeviceFinishRaw(
      { appId: a, addDeviceFinishRequest: o2 },
      l
    )).value();
  }
  /**
   * Initiate a WebAuthn add device operation for the current user. This endpoint creates a WebAuthn credential creation challenge that is used to perform the registration ceremony from the browser. User must be authenticated via a bearer token.
   * Start WebAuthn Add Device
   */
  async postCurrentuserAddDeviceStartRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling postCurrentuserAddDeviceStart().'
      );
    const l = {}, f = {};
    if (f["Content-Type"] = "application/json", this.configuration && this.configuration.accessToken) {
      const w = this.configuration.accessToken, S = await w("bearerAuth", []);
      S && (f.Authorization = `Bearer ${S}`);
    }
    const _ = await this.request(
      {
        path: "/apps/{app_id}/currentuser/devices/start".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: Ew(
          a.currentUserDevicesStartRequest
        )
      },
      o2
    );
    return new z(
      _,
      (w) => D_(w)
    );
  }
  /**
   * Initiate a WebAuthn add device operation for the current user. This endpoint creates a WebAuthn credential creation challenge that is used to perform the registration ceremony from the browser. User must be authenticated via a bearer token.
   * Start WebAuthn Add Device
   */
  async postCurrentuserAddDeviceStart(a, o2, l) {
    return await (await this.postCurrentuserAddDeviceStartRaw(
      { appId: a, currentUserDevicesStartRequest: o2 },
      l
    )).value();
  }
  /**
   * Update a device by ID for the current user. Currently the only field that can be updated is the friendly name. User must be authenticated via a bearer token.
   * Update Device
   */
  async updateCurrentuserDeviceRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling updateCurrentuserDevice().'
      );
    if (a.deviceId == null)
      throw new I(
        "deviceId",
        'Required parameter "deviceId" was null or undefined when calling updateCurrentuserDevice().'
      );
    if (a.updateDeviceRequest == null)
      throw new I(
        "updateDeviceRequest",
        'Required parameter "updateDeviceRequest" was null or undefined when calling updateCurrentuserDevice().'
      );
    const l = {}, f = {};
    if (f["Content-Type"] = "application/json", this.configuration && this.configuration.accessToken) {
      const w = this.configuration.accessToken, S = await w("bearerAuth", []);
      S && (f.Authorization = `Bearer ${S}`);
    }
    const _ = await this.request(
      {
        path: "/apps/{app_id}/currentuser/devices/{device_id}".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ).replace(
          "{device_id}",
          encodeURIComponent(String(a.deviceId))
        ),
        method: "PATCH",
        headers: f,
        query: l,
        body: dv(a.updateDeviceRequest)
      },
      o2
    );
    return new z(
      _,
      (w) => Uu(w)
    );
  }
  /**
   * Update a device by ID for the current user. Currently the only field that can be updated is the friendly name. User must be authenticated via a bearer token.
   * Update Device
   */
  async updateCurrentuserDevice(a, o2, l, f) {
    return await (await this.updateCurrentuserDeviceRaw(
      { appId: a, deviceId: o2, updateDeviceRequest: l },
      f
    )).value();
  }
  /**
   * Update the metadata for the current user. Only valid metadata fields are accepted. Invalid metadata fields that are present will abort the update. User must be authenticated via a bearer token.
   * Update user\'s metadata
   */
  async updateCurrentuserMetadataRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling updateCurrentuserMetadata().'
      );
    if (a.updateMetadataRequest == null)
      throw new I(
        "updateMetadataRequest",
        'Required parameter "updateMetadataRequest" was null or undefined when calling updateCurrentuserMetadata().'
      );
    const l = {}, f = {};
    if (f["Content-Type"] = "application/json", this.configuration && this.configuration.accessToken) {
      const w = this.configuration.accessToken, S = await w("bearerAuth", []);
      S && (f.Authorization = `Bearer ${S}`);
    }
    const _ = await this.request(
      {
        path: "/apps/{app_id}/currentuser/user-metadata".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "PATCH",
        headers: f,
        query: l,
        body: fv(a.updateMetadataRequest)
      },
      o2
    );
    return new z(
      _,
      (w) => Wu(w)
    );
  }
  /**
   * Update the metadata for the current user. Only valid metadata fields are accepted. Invalid metadata fields that are present will abort the update. User must be authenticated via a bearer token.
   * Update user\'s metadata
   */
  async updateCurrentuserMetadata(a, o2, l) {
    return await (await this.updateCurrentuserMetadataRaw(
      { appId: a, updateMetadataRequest: o2 },
      l
    )).value();
  }
  /**
   * Initiate an email change for the authenticated user. An email change requires verification, so an email will be sent to the user which they must verify before the email change takes effect.
   * Change Email
   */
  async updateEmailCurrentuserRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling updateEmailCurrentuser().'
      );
    if (a.updateUserEmailRequest == null)
      throw new I(
        "updateUserEmailRequest",
        'Required parameter "updateUserEmailRequest" was null or undefined when calling updateEmailCurrentuser().'
      );
    const l = {}, f = {};
    if (f["Content-Type"] = "application/json", this.configuration && this.configuration.accessToken) {
      const w = this.configuration.accessToken, S = await w("bearerAuth", []);
      S && (f.Authorization = `Bearer ${S}`);
    }
    const _ = await this.request(
      {
        path: "/apps/{app_id}/currentuser/email".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "PATCH",
        headers: f,
        query: l,
        body: hv(a.updateUserEmailRequest)
      },
      o2
    );
    return new z(
      _,
      (w) => Fu(w)
    );
  }
  /**
   * Initiate an email change for the authenticated user. An email change requires verification, so an email will be sent to the user which they must verify before the email change takes effect.
   * Change Email
   */
  async updateEmailCurrentuser(a, o2, l) {
    return await (await this.updateEmailCurrentuserRaw(
      { appId: a, updateUserEmailRequest: o2 },
      l
    )).value();
  }
  /**
   * Initiate a phone number change for the authenticated user. An phone number change requires verification, so an SMS with a link will be sent to the user which they must verify before the phone number change takes effect.
   * Change Phone
   */
  async updatePhoneCurrentuserRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling updatePhoneCurrentuser().'
      );
    if (a.updateUserPhoneRequest == null)
      throw new I(
        "updateUserPhoneRequest",
        'Required parameter "updateUserPhoneRequest" was null or undefined when calling updatePhoneCurrentuser().'
      );
    const l = {}, f = {};
    if (f["Content-Type"] = "application/json", this.configuration && this.configuration.accessToken) {
      const w = this.configuration.accessToken, S = await w("bearerAuth", []);
      S && (f.Authorization = `Bearer ${S}`);
    }
    const _ = await this.request(
      {
        path: "/apps/{app_id}/currentuser/phone".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "PATCH",
        headers: f,
        query: l,
        body: gv(a.updateUserPhoneRequest)
      },
      o2
    );
    return new z(
      _,
      (w) => Fu(w)
    );
  }
  /**
   * Initiate a phone number change for the authenticated user. An phone number change requires verification, so an SMS with a link will be sent to the user which they must verify before the phone number change takes effect.
   * Change Phone
   */
  async updatePhoneCurrentuser(a, o2, l) {
    return await (await this.updatePhoneCurrentuserRaw(
      { appId: a, updateUserPhoneRequest: o2 },
      l
    )).value();
  }
};
var bv = class extends He {
  /**
   * Send a login email or SMS to the user. The user will receive an email or text with a link to complete their login.
   * Login with Magic Link
   */
  async loginMagicLinkRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling loginMagicLink().'
      );
    if (a.loginMagicLinkRequest == null)
      throw new I(
        "loginMagicLinkRequest",
        'Required parameter "loginMagicLinkRequest" was null or undefined when calling loginMagicLink().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/login/magic-link".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: Ww(a.loginMagicLinkRequest)
      },
      o2
    );
    return new z(
      _,
      (w) => Mw(w)
    );
  }
  /**
   * Send a login email or SMS to the user. The user will receive an email or text with a link to complete their login.
   * Login with Magic Link
   */
  async loginMagicLink(a, o2, l) {
    return await (await this.loginMagicLinkRaw(
      { appId: a, loginMagicLinkRequest: o2 },
      l
    )).value();
  }
  /**
   * Send a login email or SMS to the user. The user will receive an email or text with a one-time passcode to complete their login.
   * Login with OTP
   */
  async loginOneTimePasscodeRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling loginOneTimePasscode().'
      );
    if (a.loginOneTimePasscodeRequest == null)
      throw new I(
        "loginOneTimePasscodeRequest",
        'Required parameter "loginOneTimePasscodeRequest" was null or undefined when calling loginOneTimePasscode().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/login/otp".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: Nw(
          a.loginOneTimePasscodeRequest
        )
      },
      o2
    );
    return new z(
      _,
      (w) => Vu(w)
    );
  }
  /**
   * Send a login email or SMS to the user. The user will receive an email or text with a one-time passcode to complete their login.
   * Login with OTP
   */
  async loginOneTimePasscode(a, o2, l) {
    return await (await this.loginOneTimePasscodeRaw(
      { appId: a, loginOneTimePasscodeRequest: o2 },
      l
    )).value();
  }
  /**
   * Complete a WebAuthn login and authenticate the user. This endpoint accepts and verifies the response from `navigator.credential.get()` and returns an authentication token for the user.
   * Finish WebAuthn Login
   */
  async loginWebauthnFinishRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling loginWebauthnFinish().'
      );
    if (a.loginWebAuthnFinishRequest == null)
      throw new I(
        "loginWebAuthnFinishRequest",
        'Required parameter "loginWebAuthnFinishRequest" was null or undefined when calling loginWebauthnFinish().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/login/webauthn/finish".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: zw(
          a.loginWebAuthnFinishRequest
        )
      },
      o2
    );
    return new z(
      _,
      (w) => Rt(w)
    );
  }
  /**
   * Complete a WebAuthn login and authenticate the user. This endpoint accepts and verifies the response from `navigator.credential.get()` and returns an authentication token for the user.
   * Finish WebAuthn Login
   */
  async loginWebauthnFinish(a, o2, l) {
    return await (await this.loginWebauthnFinishRaw(
      { appId: a, loginWebAuthnFinishRequest: o2 },
      l
    )).value();
  }
  /**
   * Initiate a WebAuthn login for a user. This endpoint creates a WebAuthn credential assertion challenge that is used to perform the login ceremony from the browser.
   * Start WebAuthn Login
   */
  async loginWebauthnStartRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling loginWebauthnStart().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/login/webauthn/start".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: Gw(
          a.loginWebAuthnStartRequest
        )
      },
      o2
    );
    return new z(
      _,
      (w) => $w(w)
    );
  }
  /**
   * Initiate a WebAuthn login for a user. This endpoint creates a WebAuthn credential assertion challenge that is used to perform the login ceremony from the browser.
   * Start WebAuthn Login
   */
  async loginWebauthnStart(a, o2, l) {
    return await (await this.loginWebauthnStartRaw(
      { appId: a, loginWebAuthnStartRequest: o2 },
      l
    )).value();
  }
};
var Rv = class extends He {
  /**
   * Authenticate a magic link for a user. This endpoint checks that the magic link is valid, then returns an authentication token for the user.
   * Authenticate Magic Link
   */
  async activateMagicLinkRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling activateMagicLink().'
      );
    if (a.activateMagicLinkRequest == null)
      throw new I(
        "activateMagicLinkRequest",
        'Required parameter "activateMagicLinkRequest" was null or undefined when calling activateMagicLink().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/magic-link/activate".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "PATCH",
        headers: f,
        query: l,
        body: p_(a.activateMagicLinkRequest)
      },
      o2
    );
    return new z(
      _,
      (w) => Rt(w)
    );
  }
  /**
   * Authenticate a magic link for a user. This endpoint checks that the magic link is valid, then returns an authentication token for the user.
   * Authenticate Magic Link
   */
  async activateMagicLink(a, o2, l) {
    return await (await this.activateMagicLinkRaw(
      { appId: a, activateMagicLinkRequest: o2 },
      l
    )).value();
  }
  /**
   * Check if a magic link has been activated yet or not. Once the magic link has been activated, this endpoint will return an authentication token for the user. This endpoint can be used to initiate a login on one device and then poll and wait for the login to complete on another device.
   * Magic Link Status
   */
  async magicLinkStatusRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling magicLinkStatus().'
      );
    if (a.getMagicLinkStatusRequest == null)
      throw new I(
        "getMagicLinkStatusRequest",
        'Required parameter "getMagicLinkStatusRequest" was null or undefined when calling magicLinkStatus().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/magic-link/status".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: jw(
          a.getMagicLinkStatusRequest
        )
      },
      o2
    );
    return new z(
      _,
      (w) => Rt(w)
    );
  }
  /**
   * Check if a magic link has been activated yet or not. Once the magic link has been activated, this endpoint will return an authentication token for the user. This endpoint can be used to initiate a login on one device and then poll and wait for the login to complete on another device.
   * Magic Link Status
   */
  async magicLinkStatus(a, o2, l) {
    return await (await this.magicLinkStatusRaw(
      { appId: a, getMagicLinkStatusRequest: o2 },
      l
    )).value();
  }
};
var kv = class extends He {
  /**
   * Handle Apple\'s OAuth2 callback
   */
  async appleOauth2CallbackRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling appleOauth2Callback().'
      );
    if (a.state == null)
      throw new I(
        "state",
        'Required parameter "state" was null or undefined when calling appleOauth2Callback().'
      );
    const l = {}, f = {};
    Ou([{ contentType: "application/x-www-form-urlencoded" }]);
    let _;
    _ = new URLSearchParams(), a.code != null && _.append("code", a.code), a.idToken != null && _.append("id_token", a.idToken), a.state != null && _.append("state", a.state), a.user != null && _.append("user", a.user), a.error != null && _.append("error", a.error);
    const w = await this.request(
      {
        path: "/apps/{app_id}/social/oauth2_callback".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: _
      },
      o2
    );
    return new lt(w);
  }
  /**
   * Handle Apple\'s OAuth2 callback
   */
  async appleOauth2Callback(a, o2, l, f, _, w, S) {
    await this.appleOauth2CallbackRaw(
      { appId: a, state: o2, code: l, idToken: f, user: _, error: w },
      S
    );
  }
  /**
   * Handle Apple\'s OAuth2 callback for the default developer credentials
   */
  async appleOauth2CallbackDefaultDevRaw(a, o2) {
    if (a.state == null)
      throw new I(
        "state",
        'Required parameter "state" was null or undefined when calling appleOauth2CallbackDefaultDev().'
      );
    const l = {}, f = {};
    Ou([{ contentType: "application/x-www-form-urlencoded" }]);
    let _;
    _ = new URLSearchParams(), a.code != null && _.append("code", a.code), a.idToken != null && _.append("id_token", a.idToken), a.state != null && _.append("state", a.state), a.user != null && _.append("user", a.user), a.error != null && _.append("error", a.error);
    const w = await this.request(
      {
        path: "/social/oauth2_callback",
        method: "POST",
        headers: f,
        query: l,
        body: _
      },
      o2
    );
    return new lt(w);
  }
  /**
   * Handle Apple\'s OAuth2 callback for the default developer credentials
   */
  async appleOauth2CallbackDefaultDev(a, o2, l, f, _, w) {
    await this.appleOauth2CallbackDefaultDevRaw(
      { state: a, code: o2, idToken: l, user: f, error: _ },
      w
    );
  }
  /**
   * Link an existing account to an OAuth2 connection.
   */
  async currentuserSocialLinkAccountRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling currentuserSocialLinkAccount().'
      );
    if (a.code == null)
      throw new I(
        "code",
        'Required parameter "code" was null or undefined when calling currentuserSocialLinkAccount().'
      );
    if (a.verifier == null)
      throw new I(
        "verifier",
        'Required parameter "verifier" was null or undefined when calling currentuserSocialLinkAccount().'
      );
    const l = {};
    a.code != null && (l.code = a.code), a.verifier != null && (l.verifier = a.verifier);
    const f = {};
    if (this.configuration && this.configuration.accessToken) {
      const w = this.configuration.accessToken, S = await w("bearerAuth", []);
      S && (f.Authorization = `Bearer ${S}`);
    }
    const _ = await this.request(
      {
        path: "/apps/{app_id}/currentuser/social/link_account".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "GET",
        headers: f,
        query: l
      },
      o2
    );
    return new lt(_);
  }
  /**
   * Link an existing account to an OAuth2 connection.
   */
  async currentuserSocialLinkAccount(a, o2, l, f) {
    await this.currentuserSocialLinkAccountRaw(
      { appId: a, code: o2, verifier: l },
      f
    );
  }
  /**
   * Exchange native mobile identity token for an auth token.
   */
  async exchangeSocialIdTokenRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling exchangeSocialIdToken().'
      );
    if (a.idTokenRequest == null)
      throw new I(
        "idTokenRequest",
        'Required parameter "idTokenRequest" was null or undefined when calling exchangeSocialIdToken().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/social/id_token".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: Uw(a.idTokenRequest)
      },
      o2
    );
    return new z(
      _,
      (w) => Rt(w)
    );
  }
  /**
   * Exchange native mobile identity token for an auth token.
   */
  async exchangeSocialIdToken(a, o2, l) {
    return await (await this.exchangeSocialIdTokenRaw(
      { appId: a, idTokenRequest: o2 },
      l
    )).value();
  }
  /**
   * Exchange OAuth2 connection data for an auth token.
   */
  async exchangeSocialTokenRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling exchangeSocialToken().'
      );
    if (a.code == null)
      throw new I(
        "code",
        'Required parameter "code" was null or undefined when calling exchangeSocialToken().'
      );
    if (a.verifier == null)
      throw new I(
        "verifier",
        'Required parameter "verifier" was null or undefined when calling exchangeSocialToken().'
      );
    const l = {};
    a.code != null && (l.code = a.code), a.verifier != null && (l.verifier = a.verifier);
    const f = {}, _ = await this.request(
      {
        path: "/apps/{app_id}/social/token".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "GET",
        headers: f,
        query: l
      },
      o2
    );
    return new z(
      _,
      (w) => Rt(w)
    );
  }
  /**
   * Exchange OAuth2 connection data for an auth token.
   */
  async exchangeSocialToken(a, o2, l, f) {
    return await (await this.exchangeSocialTokenRaw(
      { appId: a, code: o2, verifier: l },
      f
    )).value();
  }
  /**
   * Kick off OAuth2 flow with connection provider request params described in https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest
   * Kick off OAuth2 flow
   */
  async getAuthorizeRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling getAuthorize().'
      );
    if (a.redirectUri == null)
      throw new I(
        "redirectUri",
        'Required parameter "redirectUri" was null or undefined when calling getAuthorize().'
      );
    if (a.codeChallenge == null)
      throw new I(
        "codeChallenge",
        'Required parameter "codeChallenge" was null or undefined when calling getAuthorize().'
      );
    if (a.codeChallengeMethod == null)
      throw new I(
        "codeChallengeMethod",
        'Required parameter "codeChallengeMethod" was null or undefined when calling getAuthorize().'
      );
    if (a.connectionType == null)
      throw new I(
        "connectionType",
        'Required parameter "connectionType" was null or undefined when calling getAuthorize().'
      );
    const l = {};
    a.redirectUri != null && (l.redirect_uri = a.redirectUri), a.state != null && (l.state = a.state), a.codeChallenge != null && (l.code_challenge = a.codeChallenge), a.codeChallengeMethod != null && (l.code_challenge_method = a.codeChallengeMethod), a.connectionType != null && (l.connection_type = a.connectionType);
    const f = {}, _ = await this.request(
      {
        path: "/apps/{app_id}/social/authorize".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "GET",
        headers: f,
        query: l
      },
      o2
    );
    return new lt(_);
  }
  /**
   * Kick off OAuth2 flow with connection provider request params described in https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest
   * Kick off OAuth2 flow
   */
  async getAuthorize(a, o2, l, f, _, w, S) {
    await this.getAuthorizeRaw(
      {
        appId: a,
        redirectUri: o2,
        codeChallenge: l,
        codeChallengeMethod: f,
        connectionType: _,
        state: w
      },
      S
    );
  }
  /**
   * Handle OAuth2 callback
   */
  async oauth2CallbackRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling oauth2Callback().'
      );
    if (a.code == null)
      throw new I(
        "code",
        'Required parameter "code" was null or undefined when calling oauth2Callback().'
      );
    const l = {};
    a.code != null && (l.code = a.code), a.state != null && (l.state = a.state), a.error != null && (l.error = a.error), a.errorDescription != null && (l.error_description = a.errorDescription);
    const f = {}, _ = await this.request(
      {
        path: "/apps/{app_id}/social/oauth2_callback".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "GET",
        headers: f,
        query: l
      },
      o2
    );
    return new lt(_);
  }
  /**
   * Handle OAuth2 callback
   */
  async oauth2Callback(a, o2, l, f, _, w) {
    await this.oauth2CallbackRaw(
      {
        appId: a,
        code: o2,
        state: l,
        error: f,
        errorDescription: _
      },
      w
    );
  }
  /**
   * Handle OAuth2 callback for the default developer credentials
   */
  async oauth2CallbackDefaultDevRaw(a, o2) {
    if (a.code == null)
      throw new I(
        "code",
        'Required parameter "code" was null or undefined when calling oauth2CallbackDefaultDev().'
      );
    const l = {};
    a.code != null && (l.code = a.code), a.state != null && (l.state = a.state), a.error != null && (l.error = a.error), a.errorDescription != null && (l.error_description = a.errorDescription);
    const f = {}, _ = await this.request(
      {
        path: "/social/oauth2_callback",
        method: "GET",
        headers: f,
        query: l
      },
      o2
    );
    return new lt(_);
  }
  /**
   * Handle OAuth2 callback for the default developer credentials
   */
  async oauth2CallbackDefaultDev(a, o2, l, f, _) {
    await this.oauth2CallbackDefaultDevRaw(
      { code: a, state: o2, error: l, errorDescription: f },
      _
    );
  }
};
var Iv = class extends He {
  /**
   * Authenticate a one-time passcode for a user. This endpoint checks that the one-time passcode is valid, then returns an authentication token for the user.
   * Authenticate OTP
   */
  async activateOneTimePasscodeRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling activateOneTimePasscode().'
      );
    if (a.activateOneTimePasscodeRequest == null)
      throw new I(
        "activateOneTimePasscodeRequest",
        'Required parameter "activateOneTimePasscodeRequest" was null or undefined when calling activateOneTimePasscode().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/otp/activate".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: d_(
          a.activateOneTimePasscodeRequest
        )
      },
      o2
    );
    return new z(
      _,
      (w) => Rt(w)
    );
  }
  /**
   * Authenticate a one-time passcode for a user. This endpoint checks that the one-time passcode is valid, then returns an authentication token for the user.
   * Authenticate OTP
   */
  async activateOneTimePasscode(a, o2, l) {
    return await (await this.activateOneTimePasscodeRaw(
      { appId: a, activateOneTimePasscodeRequest: o2 },
      l
    )).value();
  }
};
var Sv = class extends He {
  /**
   * Create a user and send an registration email or SMS to the user. The user will receive an email or text with a link to complete their registration.
   * Register with Magic Link
   */
  async registerMagicLinkRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling registerMagicLink().'
      );
    if (a.user == null)
      throw new I(
        "user",
        'Required parameter "user" was null or undefined when calling registerMagicLink().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/register/magic-link".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: Xw(a.user)
      },
      o2
    );
    return new z(
      _,
      (w) => Qw(w)
    );
  }
  /**
   * Create a user and send an registration email or SMS to the user. The user will receive an email or text with a link to complete their registration.
   * Register with Magic Link
   */
  async registerMagicLink(a, o2, l) {
    return await (await this.registerMagicLinkRaw(
      { appId: a, user: o2 },
      l
    )).value();
  }
  /**
   * Create a user and send a registration email or SMS to the user. The user will receive an email or text with a one-time passcode to complete their registration.
   * Register with OTP
   */
  async registerOneTimePasscodeRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling registerOneTimePasscode().'
      );
    if (a.registerOneTimePasscodeRequest == null)
      throw new I(
        "registerOneTimePasscodeRequest",
        'Required parameter "registerOneTimePasscodeRequest" was null or undefined when calling registerOneTimePasscode().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/register/otp".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: tv(
          a.registerOneTimePasscodeRequest
        )
      },
      o2
    );
    return new z(
      _,
      (w) => Vu(w)
    );
  }
  /**
   * Create a user and send a registration email or SMS to the user. The user will receive an email or text with a one-time passcode to complete their registration.
   * Register with OTP
   */
  async registerOneTimePasscode(a, o2, l) {
    return await (await this.registerOneTimePasscodeRaw(
      { appId: a, registerOneTimePasscodeRequest: o2 },
      l
    )).value();
  }
  /**
   * Complete a WebAuthn registration and authenticate the user. This endpoint accepts and verifies the response from `navigator.credential.create()` and returns an authentication token for the user.
   * Finish WebAuthn Registration
   */
  async registerWebauthnFinishRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling registerWebauthnFinish().'
      );
    if (a.registerWebAuthnFinishRequest == null)
      throw new I(
        "registerWebAuthnFinishRequest",
        'Required parameter "registerWebAuthnFinishRequest" was null or undefined when calling registerWebauthnFinish().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/register/webauthn/finish".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: nv(
          a.registerWebAuthnFinishRequest
        )
      },
      o2
    );
    return new z(
      _,
      (w) => Rt(w)
    );
  }
  /**
   * Complete a WebAuthn registration and authenticate the user. This endpoint accepts and verifies the response from `navigator.credential.create()` and returns an authentication token for the user.
   * Finish WebAuthn Registration
   */
  async registerWebauthnFinish(a, o2, l) {
    return await (await this.registerWebauthnFinishRaw(
      { appId: a, registerWebAuthnFinishRequest: o2 },
      l
    )).value();
  }
  /**
   * Complete a WebAuthn registration and authenticate the user via a transaction. This endpoint accepts and verifies the response from `navigator.credential.create()` and returns a nonce meant to be exchanged for an authentication token for the user.
   * Finish WebAuthn registration with a transaction
   */
  async registerWebauthnFinishWithTransactionRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling registerWebauthnFinishWithTransaction().'
      );
    if (a.registerWebAuthnFinishWithTransactionRequest == null)
      throw new I(
        "registerWebAuthnFinishWithTransactionRequest",
        'Required parameter "registerWebAuthnFinishWithTransactionRequest" was null or undefined when calling registerWebauthnFinishWithTransaction().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/register/transactions/webauthn/finish".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: rv(
          a.registerWebAuthnFinishWithTransactionRequest
        )
      },
      o2
    );
    return new z(_, (w) => Jw(w));
  }
  /**
   * Complete a WebAuthn registration and authenticate the user via a transaction. This endpoint accepts and verifies the response from `navigator.credential.create()` and returns a nonce meant to be exchanged for an authentication token for the user.
   * Finish WebAuthn registration with a transaction
   */
  async registerWebauthnFinishWithTransaction(a, o2, l) {
    return await (await this.registerWebauthnFinishWithTransactionRaw(
      {
        appId: a,
        registerWebAuthnFinishWithTransactionRequest: o2
      },
      l
    )).value();
  }
  /**
   * Initiate a WebAuthn registration and create the user. This endpoint creates a WebAuthn credential creation challenge that is used to perform the registration ceremony from the browser.
   * Start WebAuthn Register
   */
  async registerWebauthnStartRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling registerWebauthnStart().'
      );
    if (a.registerWebAuthnStartRequest == null)
      throw new I(
        "registerWebAuthnStartRequest",
        'Required parameter "registerWebAuthnStartRequest" was null or undefined when calling registerWebauthnStart().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/register/webauthn/start".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: av(
          a.registerWebAuthnStartRequest
        )
      },
      o2
    );
    return new z(
      _,
      (w) => iv(w)
    );
  }
  /**
   * Initiate a WebAuthn registration and create the user. This endpoint creates a WebAuthn credential creation challenge that is used to perform the registration ceremony from the browser.
   * Start WebAuthn Register
   */
  async registerWebauthnStart(a, o2, l) {
    return await (await this.registerWebauthnStartRaw(
      { appId: a, registerWebAuthnStartRequest: o2 },
      l
    )).value();
  }
  /**
   * Initiate a WebAuthn registration and create the user via a transaction. This endpoint creates a WebAuthn credential creation challenge that is used to perform the registration ceremony from the browser.
   * Start WebAuthn registration with a transaction
   */
  async registerWebauthnStartWithTransactionRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling registerWebauthnStartWithTransaction().'
      );
    if (a.registerWebAuthnStartWithTransactionRequest == null)
      throw new I(
        "registerWebAuthnStartWithTransactionRequest",
        'Required parameter "registerWebAuthnStartWithTransactionRequest" was null or undefined when calling registerWebauthnStartWithTransaction().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/register/transactions/webauthn/start".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: uv(
          a.registerWebAuthnStartWithTransactionRequest
        )
      },
      o2
    );
    return new z(
      _,
      (w) => sv(w)
    );
  }
  /**
   * Initiate a WebAuthn registration and create the user via a transaction. This endpoint creates a WebAuthn credential creation challenge that is used to perform the registration ceremony from the browser.
   * Start WebAuthn registration with a transaction
   */
  async registerWebauthnStartWithTransaction(a, o2, l) {
    return await (await this.registerWebauthnStartWithTransactionRaw(
      {
        appId: a,
        registerWebAuthnStartWithTransactionRequest: o2
      },
      l
    )).value();
  }
};
var Tv = class extends He {
  /**
   * Creates and returns a new auth token and a new refresh token
   * Creates new auth and refresh token
   */
  async refreshAuthTokenRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling refreshAuthToken().'
      );
    if (a.refreshAuthTokenRequest == null)
      throw new I(
        "refreshAuthTokenRequest",
        'Required parameter "refreshAuthTokenRequest" was null or undefined when calling refreshAuthToken().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/tokens".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: Yw(a.refreshAuthTokenRequest)
      },
      o2
    );
    return new z(
      _,
      (w) => Rt(w)
    );
  }
  /**
   * Creates and returns a new auth token and a new refresh token
   * Creates new auth and refresh token
   */
  async refreshAuthToken(a, o2, l) {
    return await (await this.refreshAuthTokenRaw(
      { appId: a, refreshAuthTokenRequest: o2 },
      l
    )).value();
  }
  /**
   * Revokes the refresh token
   * Revokes refresh token
   */
  async revokeRefreshTokenRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling revokeRefreshToken().'
      );
    if (a.refreshToken == null)
      throw new I(
        "refreshToken",
        'Required parameter "refreshToken" was null or undefined when calling revokeRefreshToken().'
      );
    const l = {};
    a.refreshToken != null && (l.refresh_token = a.refreshToken);
    const f = {}, _ = await this.request(
      {
        path: "/apps/{app_id}/tokens".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "DELETE",
        headers: f,
        query: l
      },
      o2
    );
    return new lt(_);
  }
  /**
   * Revokes the refresh token
   * Revokes refresh token
   */
  async revokeRefreshToken(a, o2, l) {
    await this.revokeRefreshTokenRaw(
      { appId: a, refreshToken: o2 },
      l
    );
  }
};
var Cv = class extends He {
  /**
   * Get user information, if the user exists. This endpoint can be used to determine whether a user has an existing account and if they should login or register.
   * Get User
   */
  async checkUserIdentifierRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling checkUserIdentifier().'
      );
    if (a.identifier == null)
      throw new I(
        "identifier",
        'Required parameter "identifier" was null or undefined when calling checkUserIdentifier().'
      );
    const l = {};
    a.identifier != null && (l.identifier = a.identifier);
    const f = {}, _ = await this.request(
      {
        path: "/apps/{app_id}/users".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "GET",
        headers: f,
        query: l
      },
      o2
    );
    return new z(
      _,
      (w) => Mu(w)
    );
  }
  /**
   * Get user information, if the user exists. This endpoint can be used to determine whether a user has an existing account and if they should login or register.
   * Get User
   */
  async checkUserIdentifier(a, o2, l) {
    return await (await this.checkUserIdentifierRaw(
      { appId: a, identifier: o2 },
      l
    )).value();
  }
  /**
   * Create a user
   * Create User
   */
  async createUserRaw(a, o2) {
    if (a.appId == null)
      throw new I(
        "appId",
        'Required parameter "appId" was null or undefined when calling createUser().'
      );
    if (a.createUserParams == null)
      throw new I(
        "createUserParams",
        'Required parameter "createUserParams" was null or undefined when calling createUser().'
      );
    const l = {}, f = {};
    f["Content-Type"] = "application/json";
    const _ = await this.request(
      {
        path: "/apps/{app_id}/users".replace(
          "{app_id}",
          encodeURIComponent(String(a.appId))
        ),
        method: "POST",
        headers: f,
        query: l,
        body: vw(a.createUserParams)
      },
      o2
    );
    return new z(
      _,
      (w) => Mu(w)
    );
  }
  /**
   * Create a user
   * Create User
   */
  async createUser(a, o2, l) {
    return await (await this.createUserRaw(
      { appId: a, createUserParams: o2 },
      l
    )).value();
  }
};
var Av = (r2, a, o2) => {
  const { appId: l, basePath: f, authToken: _, additionalHeaders: w } = a, S = {
    basePath: f,
    accessToken: _,
    headers: w
  }, X = new Nu(S), H = new r2(X), { handlers: V } = a_2(
    {},
    l
  ), se = (ae, G, M = {}) => Q(ae, { requiresAppId: true, ...G }, M), Qe = (ae, G, M = {}) => Q(ae, { requiresAppId: false, ...G }, M), Q = (ae, G, M = {}) => {
    const {
      onStart: Z,
      onBeforeRequest: It,
      onResponseSuccess: ce,
      onError: Fe,
      onFinish: Ce
    } = V(), {
      onStart: pt = Z,
      onBeforeRequest: Me = It,
      onResponseSuccess: St = ce,
      onError: Qt = Fe,
      onFinish: yr = Ce
    } = M ?? {};
    return e_(
      H,
      ae,
      { onStart: pt, onBeforeRequest: Me, onResponseSuccess: St, onError: Qt, onFinish: yr },
      G
    );
  };
  return {
    service: H,
    wrapPassageAPIEndpoint: Q,
    wrapPassageApplicationEndpoint: se,
    wrapPassageNonApplicationEndpoint: Qe
  };
};
var za = class {
  /**
   *
   * @param {string} userID The Passage userID to be used as the key in psg_cred_obj
   * @param {Credential | null} credential The credential to be associated with the userID in localstorage
   * as the value associated with the userID key in psg_cred_obj
   */
  setPsgCredID(a, o2) {
    if (!o2)
      throw new Ue("Could not get user's credential", {
        status: We.PSGCouldNotGetUserCredential,
        statusText: "PSG Could Not Get User Credential"
      });
    const l = this.getPsgCredObj();
    if (l) {
      const f = JSON.parse(l);
      f[a] = o2?.id, this.setPsgCredObj(JSON.stringify(f));
    } else
      this.setPsgCredObj(JSON.stringify({ [a]: o2?.id }));
  }
  /**
   * Remove a credential from the psg_cred_obj, if it exists
   * @param {string} credID The credential to remove
   */
  removeCredential(a) {
    const o2 = this.getPsgCredObj();
    if (o2 === void 0)
      return;
    const l = JSON.parse(o2);
    Object.keys(l).forEach((f) => {
      l[f] === a && delete l[f];
    }), this.setPsgCredObj(JSON.stringify(l));
  }
  /**
   * Get psg_cred_obj from cookies or localstorage
   * if found in localstorage copy to cookies
   * if found in cookies, extend expiration
   * @return {string | undefined} the psg_cred_obj string or undefined
   */
  getPsgCredObj() {
    const a = localStorage.getItem("psg_cred_obj");
    if (a !== null)
      return a;
  }
  /**
   * Sets psg_cred_obj on cookies and localstorage
   * @param {string} value The string to store in psg_cred_obj
   */
  setPsgCredObj(a) {
    localStorage.setItem("psg_cred_obj", a);
  }
};
var qv = class {
  /**
   * This method retrieves a Passage refresh token from storage for use with the Session class for refreshing Passage sessions.
   * If this method returns undefined then Session will not handle any refresh token logic.
   * @return {Promise<string | undefined>} refresh token, or undefined if not using refresh tokens.
   */
  getRefreshToken() {
    return Promise.resolve(void 0);
  }
};
var Pv = class extends qv {
  /**
   * This method is responsible for clearing tokens from storage when a sign-out operation is executed on the Session class.
   * @return {Promise<void>}
   */
  clearTokens() {
    return Promise.resolve();
  }
};
function Ga(r2) {
  return r2.setTokens !== void 0;
}
var xv = class extends Pv {
  /**
   * Gets the current auth token
   * @returns {Promise<string>} The current auth token
   */
  async getAuthToken() {
    this._checkLocalStorage();
    const a = localStorage.getItem("psg_auth_token");
    return a === null ? "" : a;
  }
  /**
   * Gets the current refresh token
   * @returns {Promise<string | undefined>} The current refresh token
   */
  async getRefreshToken() {
    this._checkLocalStorage();
    const a = localStorage.getItem("psg_refresh_token");
    if (a !== null)
      return a;
  }
  /**
   * Sets the auth token and refresh token, if used
   * @param {AuthResult} authResult 
   * @returns {Promise<void>}
   */
  async setTokens(a) {
    this._checkLocalStorage(), this._setAuthToken(a.authToken), a.refreshToken && this._setRefreshToken(a.refreshToken);
  }
  /**
   * Clears the auth token from localstorage and cookies and refresh token from localstorage
   * @returns {Promise<void>}
   */
  async clearTokens() {
    this._checkLocalStorage(), localStorage.removeItem("psg_auth_token"), document.cookie = "psg_auth_token=; expires=Thu, 01 Jan 1970 00:00:00 UTC;", localStorage.removeItem("psg_refresh_token");
  }
  /**
   * Private method to set auth token in localstorage and cookies
   * @param {string} authToken 
   * @returns 
   */
  async _setAuthToken(a) {
    this._checkLocalStorage(), localStorage.setItem("psg_auth_token", a);
    const o2 = !this._isHttps() && this._isLocalHost();
    document.cookie = `psg_auth_token = ${a}; path=/ ${o2 ? "" : ";secure"}`;
  }
  /**
   * Private method to set refresh token in localstorage
   * @param {string} refreshToken 
   * @returns 
   */
  async _setRefreshToken(a) {
    this._checkLocalStorage(), localStorage.setItem("psg_refresh_token", a);
  }
  /**
   * Determines if localhost
   * @return {boolean} The sum of the two numbers.
   */
  _isLocalHost() {
    return !!(window.location.hostname === "localhost" || // [::1] is the IPv6 localhost address.
    window.location.hostname === "[::1]" || // 127.0.0.1/8 is considered localhost for IPv4.
    window.location.hostname.match(
      /^127(?:\.(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)){3}$/
    ));
  }
  /**
   * Determines if protocol being used is HTTPS
   * @return {boolean}
   */
  _isHttps() {
    return location.protocol === "https:";
  }
  /**
   * Checks if localStorage is available, if not throws and error instructing users to run this code in the browser.
   * Mostly would only fail if run in an server-side rendered context or in a unit test environment.
   */
  _checkLocalStorage() {
    if (typeof window > "u")
      throw new Ue(
        "Not run in browser context.",
        {
          status: We.PSGMustRunInBrowserContext,
          statusText: "Failed to access localStorage or cookies. Must be run in a browser."
        }
      );
  }
};
var Zu = class {
  /**
   * Constructor configuring the Passage class' attributes
   * @param {PassageInstanceConfig} instanceConfig the config of the current Passage instance
   * @param {typeof BaseAPI} Service The API service to be used.
   * @param {boolean} authenticated Whether the API requires authentication.
   */
  constructor(a, o2, l) {
    this.instanceConfig = a;
    const { appId: f, basePath: _, additionalHeaders: w } = a, S = {
      appId: f,
      basePath: _,
      additionalHeaders: w,
      authToken: l
    }, { wrapPassageApplicationEndpoint: X, service: H } = Av(
      o2,
      S
    );
    this.wrapPassageApplicationEndpoint = X, this.service = H;
  }
  async storeTokens(a) {
    const { tokenStore: o2 } = this.instanceConfig;
    Ga(o2) && o2.setTokens(a);
  }
};
var kt = class extends Zu {
  /**
   * Constructor configuring the Passage class' attributes
   * @param {PassageInstanceConfig} instanceConfig the config of the current Passage instance
   * @param {typeof BaseAPI} Service The API service to be used.
   */
  constructor(a, o2) {
    super(a, o2);
  }
};
var Ev = class extends Zu {
  /**
   * Constructor configuring the Passage class' attributes
   * @param {PassageInstanceConfig} instanceConfig the config of the current Passage instance
   * @param {typeof BaseAPI} Service The API service to be used.
   */
  constructor(a, o2, l) {
    super(a, o2, l);
  }
};
var Bu = new za();
var Ov = class extends Ev {
  /**
   * constructor for the CurrentUser class.
   * @param {PassageInstanceConfig} instanceConfig the config of the current Passage instance
   */
  constructor(a, o2) {
    const l = async () => await o2.getAuthToken();
    super(a, mv, l);
  }
  /**
   * userInfo returns the user information for the currently authenticated user. If the user is not authenticated, an error is thrown.
   * @return {CurrentUser | undefined} the current Passage user's info
   * current Passage user's authentication token could not be validated.
   */
  async userInfo() {
    return await this.wrapPassageApplicationEndpoint(this.service.getCurrentuser, { responseDataKey: "user" })();
  }
  /**
   * changeEmail initiates an email change for the authenticated user. An email change requires verification, so an email will be sent to the user which they must verify before the email change takes effect.
   * @param {string} newEmail
   * @param {string?} language the language string for localizing emails, if no lanuage or an invalid language is provided the application default lanuage will be used
   * @return {MagicLink} the magicLink response on success.
   */
  async changeEmail(a, o2) {
    return await this.wrapPassageApplicationEndpoint(this.service.updateEmailCurrentuser, { responseDataKey: "magicLink" })({ newEmail: a, language: o2 });
  }
  /**
   * changePhone initiates a phone number change for the authenticated user. An phone number change requires verification, so an SMS with a link will be sent to the user which they must verify before the phone number change takes effect.
   * @param {string} newPhone
   * @param {string?} language the language string for localizing emails, if no lanuage or an invalid language is provided the application default lanuage will be used
   * @return {MagicLink} the magicLink response on success.
   */
  async changePhone(a, o2) {
    return await this.wrapPassageApplicationEndpoint(this.service.updatePhoneCurrentuser, { responseDataKey: "magicLink" })({ newPhone: a, language: o2 });
  }
  /**
   * Get the list of the current users's passkeys.
   * @return {Passkey[]} the array of passkeys.
   */
  async passkeys() {
    return await this.wrapPassageApplicationEndpoint(this.service.getCurrentuserDevices, { responseDataKey: "devices" })();
  }
  /**
   * editPasskey allows the passkey's friendly name to be changed.
   * @param {string} passkeyId
   * @param {string} friendlyName
   * @return {Passkey} the edited device after applying the requested device attribute changes.
   */
  async editPasskey(a, o2) {
    if (a === "")
      throw new Ue("A passkey ID is required for an edit device request.", {
        status: We.BadRequest,
        statusText: "Bad Request"
      });
    return await this.wrapPassageApplicationEndpoint(this.service.updateCurrentuserDevice, { responseDataKey: "device" })(a, { friendlyName: o2 });
  }
  /**
   * addPasskey register a new passkey for the current user.
   * @param {PasskeyCreationOptions} options Optional configuration for passkey creation
   * @return {Passkey} the new passkey regsitered for the current user.
   */
  async addPasskey(a) {
    const l = await this.wrapPassageApplicationEndpoint(this.service.postCurrentuserAddDeviceStart, {})({ authenticatorAttachment: a?.authenticatorAttachment ?? Hu.Platform }), f = l.handshake.challenge.publicKey, { credential: _, transports: w } = await a_.createCredential(
      f
    ).catch((se) => {
      throw new Ue("Error creating credential", {
        status: We.PSGParsePublicKeyForNewDeviceFailed,
        statusText: se.message
      });
    }), S = l.user?.id, X = new Uint8Array(_?.response.attestationObject), V = await this.wrapPassageApplicationEndpoint(this.service.postCurrentuserAddDeviceFinish, { responseDataKey: "device" })({
      userId: S,
      handshakeId: l.handshake.id,
      handshakeResponse: {
        rawId: je.encodeBytes(_?.rawId),
        id: _?.id,
        type: _?.type,
        response: {
          attestationObject: je.encodeBytes(X),
          clientDataJSON: je.encodeBytes(_?.response.clientDataJSON)
        },
        transports: w
      }
    });
    return Bu.setPsgCredID(S, _), V;
  }
  /**
   * deletePasskey deletes an existing passkey for the current user.
   * @param {Passkey} passkey the passkey to be deleted
   * @return {boolean} true if the device has been deleted successfully.
   */
  async deletePasskey(a) {
    return await this.wrapPassageApplicationEndpoint(this.service.deleteCurrentuserDevice, {})(a.id), Bu.removeCredential(a.credId), true;
  }
  /**
   * listSocialConnections is used to list the current user's social connections.
   * @return {Promise<UserSocialConnection> } the current social connections and their properties.
   */
  async listSocialConnections() {
    return await this.wrapPassageApplicationEndpoint(this.service.getCurrentuserSocialConnections, { responseDataKey: "socialConnections" })();
  }
  /**
   * deleteSocialConnection deletes an existing social connection for the current user.
   * @param {SocialConnection} socialConnectionType the social connection to be deleted
   * @return {boolean} true if the social connection has been deleted successfully.
   */
  async deleteSocialConnection(a) {
    return await this.wrapPassageApplicationEndpoint(this.service.deleteCurrentuserSocialConnection, {})(a), true;
  }
  /**
   * getMetadata returns the metadata for the currently authenticated user.
   * @return {Metadata} the current Passage user's info, or undefined if the
   * current Passage user's authentication token could not be validated.
   */
  async metadata() {
    return await this.wrapPassageApplicationEndpoint(this.service.getCurrentuserMetadata, { responseDataKey: "userMetadata" })();
  }
  /**
   * updateMetadata updates the metadata for the currentuser. Note that only metadata fields set for the app can be updated.
   * @param {Metadata} metadata
   * @return {CurrentUser} the current user with their newly updated metadata field.
   */
  async updateMetadata(a) {
    return await this.wrapPassageApplicationEndpoint(this.service.updateCurrentuserMetadata, { responseDataKey: "user" })({ userMetadata: a });
  }
  /* hiding because this code is not needed yet but will be in the future
  async linkSocialAccount(code: string): Promise<void> {
      const verifier = sessionStorage.getItem('oauth2Verifier');
      if (verifier === null || verifier === '' || verifier === ' ') {
          throw new PassageError('Social login verifier not found', {
              status: PassageErrorCode.PSGSocialSessionStorageError,
              statusText: 'Social login verifier not found',
          });
      }
      const url = `${this.apiUrl}/link_account?code=${code}&verifier=${verifier}`;
      await fetch(url, {
          headers: getHeaders(),
          method: 'GET',
      }).then(handleResponse);
  }*/
};
var Lv = class extends kt {
  /**
   * Constructor configuring the PassageOneTimePasscode class' attributes
   * @param {PassageInstanceConfig} instanceConfig the config of the current Passage instance
   */
  constructor(a) {
    super(a, Tv), this.tokenStore = a.tokenStore;
  }
  /**
   * authGuard checks if the current user has a JWT that is valid and potentially verifiable.
   * IMPORTANT: this is not verifying the JWT, it is only checking if the JWT is formatted properly.
   * @return {boolean} true if the user has a valid (but unverified) JWT, false if not.
   */
  async authGuard() {
    try {
      const a = await this.tokenStore.getAuthToken(), o2 = jwt_decode_esm_default(a, { header: true }), l = jwt_decode_esm_default(a);
      return !!(l !== void 0 && o2 !== void 0 && this._validJWTPayload(l) && this._validJWTHeader(o2));
    } catch {
      return false;
    }
  }
  /**
   * Sign out a user by deleting their AuthToken from local storage and revoking their refresh token.
   * @return {boolean} true if the device has been deleted successfully.
   */
  async signOut() {
    const a = await this.tokenStore.getRefreshToken();
    return a ? (await this.wrapPassageApplicationEndpoint(this.service.revokeRefreshToken, {})(a), Ga(this.tokenStore) && this.tokenStore.clearTokens(), true) : (Ga(this.tokenStore) && this.tokenStore.clearTokens(), true);
  }
  /**
   * getAuthToken gets the current authToken for the currently authenticated user.
   * @return {string} returns the user's authToken if it exists or fetches a new one with a refresh token if it exists
   */
  async getAuthToken() {
    const a = await this._getMutex("getAuthToken").acquire(), o2 = await this.tokenStore.getAuthToken();
    if (await this.tokenStore.getRefreshToken() === void 0) {
      if (!o2)
        throw a(), new Ue("Login required", {
          status: We.PSGLoginRequired,
          statusText: "Login required"
        });
      return a(), o2;
    }
    if (o2) {
      const f = jwt_decode_esm_default(o2);
      if (f !== void 0 && this._validJWTPayload(f))
        return a(), Promise.resolve(o2);
    }
    return this.refresh().then((f) => f.authToken).finally(() => {
      a();
    });
  }
  /**
   * refresh gets and saves a new authToken for the currently authenticated user using their refresh token
   * @return {AuthResult} returns the user's authToken if successful
   */
  async refresh() {
    const a = await this._getMutex("refresh").acquire(), o2 = new Ue("Login required", {
      status: We.PSGLoginRequired,
      statusText: "Login required"
    }), l = await this.tokenStore.getRefreshToken();
    if (!l)
      return a(), Promise.reject(o2);
    const _ = await this.wrapPassageApplicationEndpoint(this.service.refreshAuthToken, { responseDataKey: "authResult" })({ refreshToken: l });
    return await this.storeTokens(_), a(), _;
  }
  /**
   * _validJWTPayload checks to see if the current JWT is valid (formatted as expected and isn't expired).
   * @param {JwtPayload} payload the payload from the JWT.
   * @return {boolean} true if the JWT payload is valid, false if not.
   */
  _validJWTPayload(a) {
    const o2 = Math.floor(Date.now() / 1e3);
    return !(a.exp && o2 > a.exp);
  }
  /**
   * _validJWTHeader checkts to see if the JWT header is valid (formatted as expected).
   * @param {JwtHeader} header the header from the JWT.
   * @return {boolean} true if the JWT header is valid, false if not.
   */
  _validJWTHeader(a) {
    const o2 = { alg: "RS256", typ: "JWT" };
    return !(a.alg !== o2.alg || a.typ !== o2.typ);
  }
  /**
   * _getMutex gets or creates a global mutex for the given key
   * @param {string} key the key to use for the mutex
   * @return {Mutex} the mutex for the given key
   */
  _getMutex(a) {
    const o2 = globalThis;
    return (o2.__PASSAGE__ === void 0 || o2.__PASSAGE__.mutexes === void 0) && (o2.__PASSAGE__ = { mutexes: {} }), o2.__PASSAGE__.mutexes[a] === void 0 && (o2.__PASSAGE__.mutexes[a] = new Mutex()), o2.__PASSAGE__.mutexes[a];
  }
};
var Dv = { URL: "https://auth.passage.id", version: "@passageidentity/passage-js 4.1.2", CAPTURE_EVENT_URL: "https://us-central1-passage-prod.cloudfunctions.net/capture-event", SENTRY_RELEASE: "passage-js@4.1.2-prod", SENTRY_PROJECT: "passage-js", SENTRY_PROJECT_DSN: "", SENTRY_PROJECT_ENV: "prod", SENTRY_PROJECT_VERSION: "4.1.2" };
var Xe = Dv;
var jv = class extends kt {
  /**
   * Constructor configuring the PassageSocial class' attributes
   * @param {PassageInstanceConfig} instanceConfig the config of the current Passage instance
   */
  constructor(a) {
    super(a, kv), this.apiUrl = `${a.basePath}/apps/${a.appId}/social`;
  }
  /**
   * Initiates authorization via a supported third-party social provider.
   * This must be run from a secure context (HTTPS or localhost).
   * @param {SocialConnection} connection The social connection to use for login.
   */
  async authorize(a) {
    if (!window.isSecureContext)
      throw new Ue(
        "Passage Social Login requires a secure context (HTTPS or localhost)",
        {
          status: We.PSGSecureContextRequired,
          statusText: "Secure context required"
        }
      );
    sessionStorage.setItem("oauth2Connection", a);
    const o2 = await this._getQueryParams(a);
    window.location.href = `${this.apiUrl}/authorize?${o2}`;
  }
  /**
   * Finishes a social login by exchanging the social login provider code for Passage tokens.
   * @param {string} code The code returned from the social login provider
   */
  async finish(a) {
    const o2 = sessionStorage.getItem("oauth2Verifier");
    if (o2 === null || o2 === "" || o2 === " ")
      throw new Ue("Social login verifier not found", {
        status: We.PSGSocialSessionStorageError,
        statusText: "Social login verifier not found"
      });
    const f = await this.wrapPassageApplicationEndpoint(this.service.exchangeSocialToken, { responseDataKey: "authResult" })(a, o2);
    return await this.storeTokens(f), f;
  }
  /** Helper function to build query params
   * @param {SocialConnection} connection The social connection to use for login.
   */
  async _getQueryParams(a) {
    const o2 = window.location.href, l = this._getRandomString(32);
    sessionStorage.setItem("oauth2State", l);
    const f = await this._getCodeChallenge(), w = {
      redirect_uri: o2,
      state: l,
      code_challenge: f,
      code_challenge_method: "S256",
      connection_type: a
    };
    return new URLSearchParams(w).toString();
  }
  /** Helper function to generate code challenge */
  async _getCodeChallenge() {
    const a = this._getRandomString(32);
    return sessionStorage.setItem("oauth2Verifier", a), await this._sha256Hash(a);
  }
  /** Helper function to generate random string
   * @param {number} characters The number of characters to generate.
   * @return {string} The random string.
   */
  _getRandomString(a) {
    return window.crypto.getRandomValues(new Uint8Array(a)).toString().replace(/,/g, "");
  }
  /** Heplper function to get a SHA256 has for a string. This must be run from a secure context (HTTPS or localhost).
   * @param {string} str The string to hash.
   */
  async _sha256Hash(a) {
    const l = new TextEncoder().encode(a), f = await window.crypto.subtle.digest("SHA-256", l);
    return je.encodeBytes(f);
  }
};
var Uv = /* @__PURE__ */ ((r2) => (r2.Apple = "apple", r2.Github = "github", r2.Google = "google", r2))(Uv || {});
var Za = class extends kt {
  /**
   * Constructor configuring the LoginInternal class' attributes
   * @param {PassageInstanceConfig} instanceConfig the config of the current Passage instance
   */
  constructor(a) {
    super(a, bv);
  }
  /**
   * WebAuthnStart starts the login process for a user via webauthn.
   * @param {LoginWebAuthnStartRequest} loginWebAuthnStartRequest
   * @returns {Promise<LoginWebAuthnStartResponse>}
   */
  async webAuthnStart(a) {
    return await this.wrapPassageApplicationEndpoint(this.service.loginWebauthnStart, {})(a);
  }
  /**
   * WebAuthnFinish finishes the login process for a user via webauthn and stores the resulting tokens.
   * @param {LoginWebAuthnFinishRequest} loginWebauthnFinishRequest
   * @returns {Promise<AuthResult>}
   */
  async webAuthnFinish(a) {
    const l = await this.wrapPassageApplicationEndpoint(this.service.loginWebauthnFinish, { responseDataKey: "authResult" })(a);
    return await this.storeTokens(l), l;
  }
  async magicLink(a) {
    return await this.wrapPassageApplicationEndpoint(this.service.loginMagicLink, { responseDataKey: "magicLink" })(a);
  }
  /**
   * Creates a new OTP for login.
   * @param {LoginOneTimePasscodeRequest} loginOneTimePasscodeRequest
   * @returns {OneTimePasscode}
   */
  async otp(a) {
    return await this.wrapPassageApplicationEndpoint(this.service.loginOneTimePasscode, {})(a);
  }
};
var Ya = class extends kt {
  /**
   * Constructor configuring the RegisterInternal class' attributes
   * @param {PassageInstanceConfig} instanceConfig the config of the current Passage instance
   */
  constructor(a) {
    super(a, Sv);
  }
  /**
   * WebAuthnStart starts the registration process for a user via webauthn.
   * @param {RegisterWebAuthnStartRequest} registerWebAuthnStartRequest
   * @returns {Promise<RegisterWebAuthnStartResponse>}
   */
  async webAuthnStart(a) {
    return await this.wrapPassageApplicationEndpoint(this.service.registerWebauthnStart, {})(a);
  }
  /**
   * WebAuthnFinish finishes the registration process for a user via webauthn and stores the resulting tokens.
   * @param {RegisterWebAuthnFinishRequest} registerWebAuthnFinishRequest
   * @returns {Promise<AuthResult>}
   */
  async webAuthnFinish(a) {
    const l = await this.wrapPassageApplicationEndpoint(this.service.registerWebauthnFinish, { responseDataKey: "authResult" })(a);
    return await this.storeTokens(l), l;
  }
  /**
   * Create a new new magic link for registration.
   * @param {RegisterMagicLinkRequest} registerMagicLinkRequest 
   * @returns 
   */
  async magicLink(a) {
    return await this.wrapPassageApplicationEndpoint(this.service.registerMagicLink, { responseDataKey: "magicLink" })(a);
  }
  /**
   * Create a new new OTP for registration.
   * @param {RegisterOneTimePasscodeRequest} registerOneTimePasscodeRequest
   * @returns {OneTimePasscode}
   */
  async otp(a) {
    return await this.wrapPassageApplicationEndpoint(this.service.registerOneTimePasscode, {})(a);
  }
};
var Wv = class extends kt {
  /**
   * Constructor configuring the PassageOneTimePasscode class' attributes
   * @param {PassageInstanceConfig} instanceConfig the config of the current Passage instance
   */
  constructor(a) {
    super(a, Iv), this.registerInternal = new Ya(a), this.loginInternal = new Za(a);
  }
  /**
   * Create a new one-time passcode for registration. Will throw an error if the user has already logged into their account at least once.
   * @param {string} identifier The Passage User's identifier
   * @param {string} language the language string for localizing emails, if no lanuage or an invalid language is provided the application default lanuage will be used
   * @return {Promise<OneTimePasscode>} One-time passcode object
   */
  register(a, o2) {
    return this.registerInternal.otp({ identifier: a, language: o2 });
  }
  /**
   * Create a new one-time passcode for login. Will throw an error if the user does not exist.
   * @param {string} identifier The Passage User's identifier
   * @param {string} language the language string for localizing emails, if no lanuage or an invalid language is provided the application default lanuage will be used
   * @return {Promise<OneTimePasscode>} One-time passcode object
   */
  login(a, o2) {
    return this.loginInternal.otp({ identifier: a, language: o2 });
  }
  /**
   * Activates a one-time passcode. Handles login and registration one-time passcodes.
   * Will throw an error if the one-time passcode is invalid, expired, or has already been activated.
   * @param {string} oneTimePasscode The one-time passcode provided by the user from their email or text message.
   * @param {string} id The id associated with the one-time passcode.
   * @returns
   */
  async activate(a, o2) {
    const l = await this.wrapPassageApplicationEndpoint(this.service.activateOneTimePasscode, { responseDataKey: "authResult" })({
      otp: a,
      otpId: o2
    });
    return await this.storeTokens(l), l;
  }
};
var Fv = class extends kt {
  /**
   * Constructor configuring the UserInternal class' attributes
   * @param {PassageInstanceConfig} appId the config of the current Passage instance
   */
  constructor(a) {
    super(a, Cv);
  }
  /**
   * Look-up a user and return the user properties if the user exists
   * @param {string} identifier email address / phone for user
   * @return {Promise<PublicUserInfo>}
   */
  async userExists(a) {
    return await this.wrapPassageApplicationEndpoint(this.service.checkUserIdentifier, { responseDataKey: "user" })(a);
  }
  /**
   * createUser creates a user in a 'pending' state.
   * @param {CreateUserParams} [userParams] identifier and any optional user_metadata to create the user in a pending state.
   * @return {Promise<PublicUserInfo>}
   */
  async createUser(a) {
    return await this.wrapPassageApplicationEndpoint(this.service.createUser, { responseDataKey: "user" })(a);
  }
};
var Mv = class extends kt {
  /**
   * Constructor configuring the App class' attributes
   * @param {PassageInstanceConfig} instanceConfig the config of the current Passage instance
   */
  constructor(a) {
    super(a, yv), this.cachedAppInfo = void 0, this.userInternal = new Fv(a);
  }
  /**
   * Get information about an app.
   *
   * @return {Promise<PassageAppInfo>} a data object containing app information and the authentication policy
   *
   * @example
   * ```javascript
   * import Passage from '@passageidentity/passage-js';
   *
   * const passage = new Passage(appId);
   *
   * await passage.app.info()
   *  .then(data => {
   *      // look at information regarding a particular app
   *  }).catch(e => console.log(e));
   * ```
   */
  async info() {
    if (this.cachedAppInfo)
      return this.cachedAppInfo;
    const a = this.wrapPassageApplicationEndpoint(
      this.service.getApp,
      { responseDataKey: "app" }
    );
    return this.cachedAppInfo = await a(), this.cachedAppInfo;
  }
  /**
   * Look-up a user and return the user properties if the user exists
   * @param {string} identifier email address / phone for user
   * @return {Promise<PublicUserInfo>}
   */
  async userExists(a) {
    return this.userInternal.userExists(a);
  }
  /**
   * createUser creates a user in a 'pending' state.
   * @param {string} identifier the email or phone number of the user
   * @param {Metadata} userMetadata optional metadata to associate with the user
   * @return {Promise<PublicUserInfo>}
   */
  async createUser(a, o2) {
    return this.userInternal.createUser({ identifier: a, userMetadata: o2 });
  }
};
var Bv = /* @__PURE__ */ ((r2) => (r2.email = "email", r2.phone = "phone", r2.both = "both", r2))(Bv || {});
var Nv = /* @__PURE__ */ ((r2) => (r2.STRING = "string", r2.BOOLEAN = "boolean", r2.INTEGER = "integer", r2.DATE = "date", r2.PHONE = "phone", r2.EMAIL = "email", r2))(Nv || {});
var zv = /* @__PURE__ */ ((r2) => (r2.Phone = "phone", r2.Email = "email", r2.Both = "both", r2.Either = "either", r2))(zv || {});
var Gv = class {
  /**
   * Constructor configuring the Passkey class' attributes
   * @param {PassageInstanceConfig} instanceConfig the config of the current Passage instance
   */
  constructor(a, o2) {
    this.app = o2, this.psgCredObjHelper = new za(), this.registerInternal = new Ya(a), this.loginInternal = new Za(a);
  }
  /**
   * Registers a new user with a passkey. Will throw an error if the user has already logged into their account at lesst once.
   * @param {string} identifier
   * @param {PasskeyCreationOptions | undefined} options
   * @returns {AuthResult} The authentication token, redirect URL, and refresh token, if configured for the application.
   */
  async register(a, o2) {
    const l = await this.registerInternal.webAuthnStart({
      identifier: a,
      authenticatorAttachment: o2?.authenticatorAttachment
    }), f = l.handshake.challenge.publicKey, { credential: _, transports: w } = await a_.createCredential(
      f
    ).catch((V) => {
      throw new Ue("Error creating creadential", {
        status: We.PSGParsePublicKeyForRegistrationFailed,
        statusText: V.message
      });
    }), S = new Uint8Array(_?.response.attestationObject), X = l.user?.id, H = await this.registerInternal.webAuthnFinish({
      userId: X,
      handshakeId: l.handshake.id,
      handshakeResponse: {
        rawId: je.encodeBytes(_?.rawId),
        id: _?.id,
        type: _?.type,
        response: {
          attestationObject: je.encodeBytes(S),
          clientDataJSON: je.encodeBytes(_?.response.clientDataJSON)
        },
        transports: w
      }
    });
    return await this.psgCredObjHelper.setPsgCredID(X, _), H;
  }
  /**
   * Logs in an existing user with a passkey. Will throw an error if the user does not exist, has no passkeys, or if the operation is cancelled with an abort signal.
   * If no identifier is provided, the user will be prompted to select an identifier, formally known as WebAuthn discoverable credentials.
   * If implementing passkey autocomplete, formally known as WebAuthn conditional mediation, no identifier should be provided and the isConditionalMediation option should be set to true.
   * @param {string} identifier
   * @param {PasskeyLoginOptions | undefined} options
   * @returns {AuthResult} The authentication token, redirect URL, and refresh token, if configured for the application.
   */
  async login(a, o2) {
    const l = await this.loginInternal.webAuthnStart({ identifier: a }), f = l.handshake.challenge.publicKey, _ = {
      mediation: o2?.isConditionalMediation ? "conditional" : void 0,
      signal: o2?.abortSignal
    }, w = await l_.getCredential(
      f,
      _
    ).catch((S) => {
      throw new Ue("Error getting credential", {
        status: We.PSGParsePublicKeyForLoginFailed,
        statusText: S.message
      });
    });
    if (!w)
      throw new Ue("Error getting credential: no assertion found", {
        status: We.PSGParsePublicKeyForLoginFailed,
        statusText: "No assertion returned"
      });
    return await this.loginInternal.webAuthnFinish({
      userId: a != null ? l.user?.id : void 0,
      handshakeId: l.handshake.id,
      handshakeResponse: {
        id: w.id,
        rawId: je.encodeBytes(w.rawId),
        type: w.type,
        response: {
          clientDataJSON: je.encodeBytes(w.response.clientDataJSON),
          authenticatorData: je.encodeBytes(
            // @ts-ignore
            w.response.authenticatorData
          ),
          // @ts-ignore
          signature: je.encodeBytes(w.response.signature),
          // @ts-ignore
          userHandle: je.encodeBytes(w.response.userHandle)
        }
      }
    });
  }
  /**
   * Uses information about the user's current browser to determine what features are availble for getting credentials via WebAuthn.
   * NOTE: Do not call this from an event handler where navigator.get or navigator.create is invoked or it will break the required user gesture on iOS web browsers.
   * @return {Promise<IGetCredentialFeatures>} The set of features supported by the browser.
   */
  async getCredentialAvailable() {
    return await l_.getCredentialAvailable();
  }
  /**
   * Uses information about the user's current browser to determine what features are availble for creating credentials via WebAuthn.
   * NOTE: Do not call this from an event handler where navigator.get or navigator.create is invoked or it will break the required user gesture on iOS web browsers.
   * @return {Promise<ICreateCredentialFeatures>} The set of features supported by the browser.
   */
  async createCredentialAvailable() {
    return await a_.createCredentialAvailable();
  }
  /**
   * Checks to see if the user has any platform passkeys.
   * This happens by checking to see if we have the userID and an associated passkey credential stored in localStorage via
   * the key psg_cred_obj.
   * @param {string} userId the Passage User's userID
   * @return {boolean} returns true if psg_cred_obj exists in localstorage, false if not
   */
  hasLocalPasskey(a) {
    const o2 = new za().getPsgCredObj();
    return o2 ? !!JSON.parse(o2)[a] : false;
  }
  /**
   * Checks if an application's auth origin matches the current origin on an end user's browser.
   * If this function returns false, passkeys will not work properly on this domain.
   * @returns {boolean}
   */
  async checkPasskeyOrigin() {
    let a = true;
    return (
      // @ts-ignore
      (await this.app.info()).authOrigin.replace(/\/$/, "") != window.location.origin.replace(/\/$/, "") && (console.error(
        'The auth_origin configured for webauthn in your app settings does not match the "origin" of your current URL.  Please reconfigure this in the admin console. (Your current "origin" is `' + window.location.origin + "`) Passage will continue to work with other authentication methods."
      ), a = false), a
    );
  }
};
var $v = class extends kt {
  /**
   * Constructor configuring the PassageMagicLink class' attributes
   * @param {PassageInstanceConfig} instanceConfig the config of the current Passage instance
   */
  constructor(a) {
    super(a, Rv), this.registerInternal = new Ya(a), this.loginInternal = new Za(a);
  }
  /**
   * Create a new magic link for registration. Will throw an error if the user has already logged into their account at least once.
   * @param {string} identifier The Passage User's identifier
   * @param {string} language the language string for localizing emails, if no lanuage or an invalid language is provided the application default lanuage will be used
   * @return {Promise<MagicLink>} MagicLink JSON payload
   */
  async register(a, o2) {
    const l = this.getMagicLinkPath();
    return await this.registerInternal.magicLink({ identifier: a, language: o2, magicLinkPath: l });
  }
  /**
   * Creates a new magic link for login. Will throw an error if the user does not exist.
   * @param {string} identifier The Passage User's identifier
   * @param {string} language the language string for localizing emails, if no lanuage or an invalid language is provided the application default lanuage will be used
   * @return {Promise<MagicLink>} MagicLink JSON payload
   */
  async login(a, o2) {
    const l = this.getMagicLinkPath();
    return await this.loginInternal.magicLink({ identifier: a, language: o2, magicLinkPath: l });
  }
  /**
   * Activates a magic link. Handles login, registration, identifier verification, and identifier change magic links. 
   * Will throw an error if the magic link is invalid, expired, or has already been activated.
   *
   * @param {string} magicLink The magic link to activate
   * @return {Promise<AuthResult>}
  */
  async activate(a) {
    const l = await this.wrapPassageApplicationEndpoint(this.service.activateMagicLink, { responseDataKey: "authResult" })({ magicLink: a });
    return await this.storeTokens(l), l;
  }
  /**
   * Look up a magic link by ID and check if it has been verified. This function is most commonly used to
   * iteratively check if a user has clicked a magic link to login. Once the link has been verified,
   * Passage will return authentication information via this endpoint. This enables cross-device login.
   * This will throw an error if the magic link is not activated.
   *
   * @param {string} id unique ID for an magic link which is returned by functions that create a magic link
   * @return {Promise<AuthResult>}
   */
  async status(a) {
    const l = await this.wrapPassageApplicationEndpoint(this.service.magicLinkStatus, { responseDataKey: "authResult" })({ id: a });
    return await this.storeTokens(l), l;
  }
  /**
   * Get the path relative to the app's auth_origin
   * @returns {string}
   */
  getMagicLinkPath() {
    return window.location.pathname + window.location.search + window.location.hash;
  }
};
function Kv(r2) {
  const a = Xe.version, o2 = Xe.EXTRA_HEADERS;
  return {
    ...r2,
    ...o2,
    "Passage-Version": a
  };
}
var Xv = class {
  /**
   * Constructor configuring the Passage class' attributes
   * @param {string} appID the App's corresponding AppID
   * @param {PassageConfig | undefined} config An optional parameter to pass in configurable properties.
   * The tokenStore property is an object that implements ReadOnlyTokenStore or TokenStore to manage retrieval and storage of tokens.
   * If no tokenStore is provided by default Passage will store tokens in a combination of localstorage and cookies.
   */
  constructor(a, o2) {
    this.appID = a;
    const l = "v1";
    o2?.tokenStore === void 0 ? this.tokenStore = new xv() : this.tokenStore = o2.tokenStore, this.extraHeaders = o2?.extraHeaders, Xe.EXTRA_HEADERS = this.extraHeaders;
    const f = `${Xe.URL}/${l}`, _ = Kv(), w = {
      appId: this.appID,
      tokenStore: this.tokenStore,
      basePath: f,
      additionalHeaders: _
    };
    this.app = new Mv(w), this.passkey = new Gv(w, this.app), this.magicLink = new $v(w), this.oneTimePasscode = new Wv(w), this.social = new jv(w), this.session = new Lv(w), this.currentUser = new Ov(w, this.session);
  }
};
var Hv = (r2) => JSON.parse(
  JSON.stringify(r2, (a, o2) => {
    if (!(o2 == null || o2 === "undefined"))
      return o2;
  })
);
var Qv = async (r2) => {
  try {
    const {
      error: a,
      message: o2,
      sentryConfig: {
        url: l = Xe.CAPTURE_EVENT_URL,
        project: f = Xe.SENTRY_PROJECT,
        dsn: _ = Xe.SENTRY_PROJECT_DSN,
        environment: w = Xe.SENTRY_PROJECT_ENV,
        release: S = Xe.SENTRY_RELEASE,
        version: X = Xe.SENTRY_PROJECT_VERSION
      } = {}
    } = r2, H = Hv({
      project: f,
      dsn: _,
      environment: w,
      url: l,
      release: S,
      version: X
    });
    if (!(H.project && H.url) || !(a || o2))
      return;
    let V = {
      project: H.project,
      dsn: H.dsn,
      environment: H.environment,
      release: H.release,
      version: H.version
    };
    o2 && (V = {
      ...V,
      message: o2
    }), a && (V = {
      ...V,
      serializedError: serializeError(
        typeof a == "string" ? new Error(a) : a
      )
    }), await fetch(H.url, {
      headers: {
        Accept: "application/json",
        "Content-Type": "application/json"
      },
      method: "POST",
      body: JSON.stringify(V)
    });
  } catch (a) {
    console.error(a);
  }
};
export {
  ew as AppAuthFallbackMethodEnum,
  Hu as AuthenticatorAttachment,
  Bv as Identifier,
  Xv as Passage,
  Mv as PassageApp,
  Ov as PassageCurrentUser,
  Ue as PassageError,
  We as PassageErrorCode,
  $v as PassageMagicLink,
  Wv as PassageOneTimePasscode,
  Gv as PassagePasskey,
  Lv as PassageSession,
  jv as PassageSocial,
  xv as PassageTokenStore,
  qv as ReadOnlyTokenStore,
  zv as RequiredIdentifier,
  Uv as SocialConnection,
  Pv as TokenStore,
  U_ as TtlDisplayUnit,
  Nv as UserMetadataType,
  P_ as UserStatus,
  E_ as WebAuthnType,
  Qv as captureEvent,
  Hv as cleanSentryConfig,
  Ga as isFullTokenStore
};
/*! Bundled license information:

@passageidentity/webauthnutils/dist/index.js:
@passageidentity/passage-js/dist/index.js:
  (**
   * @license
   * Lodash <https://lodash.com/>
   * Copyright OpenJS Foundation and other contributors <https://openjsf.org/>
   * Released under MIT license <https://lodash.com/license>
   * Based on Underscore.js 1.8.3 <http://underscorejs.org/LICENSE>
   * Copyright Jeremy Ashkenas, DocumentCloud and Investigative Reporters & Editors
   *)
*/
